import { describe, expect, it } from 'vitest';
import { insertEntriesSql } from '../../store/sql/turns';

describe('insertEntriesSql', () => {
  it('is the INSERT the commit built per turn before (issue 22, s22c), for every row count, and the same string each time', () => {
    for (let n = 1; n <= 32; n++) {
      const built = `INSERT INTO assessment_entries (assessment_id, seq, entry_enc) VALUES ${Array.from({ length: n }, () => '(?, ?, ?)').join(', ')}`;
      expect(insertEntriesSql(n)).toBe(built);
      expect(insertEntriesSql(n).match(/\?/g)).toHaveLength(3 * n);
    }
    expect(insertEntriesSql(2)).toBe('INSERT INTO assessment_entries (assessment_id, seq, entry_enc) VALUES (?, ?, ?), (?, ?, ?)');
  });

  it('refuses a row count outside 1 to 32 clearly', () => {
    for (const n of [0, 33, 1.5, -1, Number.NaN]) expect(() => insertEntriesSql(n)).toThrow(/1 to 32 rows/);
  });
});

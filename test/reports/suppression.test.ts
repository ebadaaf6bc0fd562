import { describe, expect, it } from 'vitest';
import { countCell, meanCell, partitionCells, percentCell, type Cell } from '../../reports/suppress';

const displays = (cells: Cell[]) => cells.map((c) => c.display);

/**
 * Every assignment of values to the hidden cells that agrees with what is published: shown cells,
 * the total, "<5" meaning 0–4 and "[c]" meaning 5 or more.
 */
function consistentValues(cells: Cell[], total: Cell, totalValue: number): number[][] {
  const hidden = cells.map((c, i) => ({ c, i })).filter((x) => x.c.value === null);
  const known = cells.reduce((n, c) => n + (c.value ?? 0), 0);
  const target = total.value === null ? null : total.value - known;
  // A hidden total gives no upper bound beyond "some number": allow well past the true one.
  const ceiling = total.value === null ? totalValue + 20 : totalValue;
  const ranges = hidden.map(({ c }) => (c.suppressed === 'small' ? [0, 4] : [5, ceiling]));
  const out: number[][] = [];
  const walk = (k: number, acc: number[]) => {
    if (k === hidden.length) {
      if (target === null || acc.reduce((a, b) => a + b, 0) === target) out.push(acc);
      return;
    }
    for (let v = ranges[k]![0]!; v <= ranges[k]![1]!; v++) walk(k + 1, [...acc, v]);
  };
  walk(0, []);
  return out;
}

describe('small-number suppression', () => {
  it('shows any count under 5, including 0, as "<5"', () => {
    expect([0, 1, 4, 5, 12].map((n) => countCell(n).display)).toEqual(['<5', '<5', '<5', '5', '12']);
  });

  it('hides a second cell when one small cell could be worked out from the total', () => {
    const r = partitionCells([40, 3, 25, 30], 98);
    expect(displays(r.cells)).toEqual(['40', '<5', '[c]', '30']);
    expect(r.total.display).toBe('98');
  });

  it('hides more when the hidden cells would add up to exactly 5 per "[c]" (0 + 5 pins both)', () => {
    // Hiding 0 with 5 would leave sum 5: "[c]" ≥ 5 forces [c] = 5 and "<5" = 0. So 7 is hidden too.
    const r = partitionCells([0, 5, 7, 20], 32);
    expect(displays(r.cells)).toEqual(['<5', '[c]', '[c]', '20']);
  });

  it('treats several zero cells as recoverable (they add up to 0) and hides a complement', () => {
    expect(displays(partitionCells([0, 0, 30, 12], 42).cells)).toEqual(['<5', '<5', '30', '[c]']);
    // Two small cells adding to 3 cannot be separated: no complement needed.
    expect(displays(partitionCells([1, 2, 30, 12], 45).cells)).toEqual(['<5', '<5', '30', '12']);
  });

  it('hides the total when a table has nothing left to hide', () => {
    const r = partitionCells([3, 9], 12);
    expect(displays(r.cells)).toEqual(['<5', '[c]']);
    expect(r.total.display).toBe('12');
    const lone = partitionCells([3], 3);
    expect(lone.total.display).toBe('<5');
    const onlyOne = partitionCells([7], 7);
    expect(displays(onlyOne.cells)).toEqual(['7']);
  });

  it('never lets a suppressed count be recovered by subtraction (exhaustive over small tables)', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 13;
    let checked = 0;
    for (let t = 0; t < 400; t++) {
      const values = Array.from({ length: 2 + (t % 4) }, () => next());
      const total = values.reduce((a, b) => a + b, 0);
      const r = partitionCells(values, total);
      const hiddenIdx = r.cells.map((c, i) => (c.value === null ? i : -1)).filter((i) => i >= 0);
      if (hiddenIdx.length === 0) continue;
      const options = consistentValues(r.cells, r.total, total);
      // The true values are among the possibilities, and every hidden cell has at least two.
      expect(options.some((o) => o.every((v, k) => v === values[hiddenIdx[k]!]))).toBe(true);
      hiddenIdx.forEach((_, k) => expect(new Set(options.map((o) => o[k])).size, `values ${values} → ${displays(r.cells)}`).toBeGreaterThan(1));
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('shows means and percentages only over a shown count of 5 or more', () => {
    expect(meanCell(7, countCell(4)).display).toBe('[c]');
    expect(meanCell(-13, countCell(10)).display).toBe('-1.3');
    expect(meanCell(6, countCell(5)).display).toBe('+1.2');
    expect(percentCell(countCell(3), countCell(40)).display).toBe('[c]');
    expect(percentCell(countCell(10), countCell(40)).display).toBe('25%');
  });
});

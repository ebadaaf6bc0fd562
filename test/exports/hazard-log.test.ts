import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** docs/hazard-log.md: every rating must be what its own printed DCB0129 matrix gives. */
const log = readFileSync(new URL('../../docs/hazard-log.md', import.meta.url), 'utf8');
const SEVERITIES = ['Minor', 'Significant', 'Considerable', 'Major', 'Catastrophic'];

function matrix(): Map<string, number> {
  const m = new Map<string, number>();
  for (const row of log.matchAll(/^\| \*\*(Very high|High|Medium|Low|Very low)\*\* \| (.+) \|$/gm)) {
    row[2]!
      .split('|')
      .map((c) => Number(c.trim()))
      .forEach((v, i) => m.set(`${SEVERITIES[i]}/${row[1]!.toLowerCase()}`, v));
  }
  return m;
}

describe('hazard log', () => {
  it('prints the full 5 x 5 risk matrix, monotone in both severity and likelihood', () => {
    const m = matrix();
    expect(m.size).toBe(25);
    const likelihoods = ['very low', 'low', 'medium', 'high', 'very high'];
    for (const [si, s] of SEVERITIES.entries())
      for (const [li, l] of likelihoods.entries()) {
        if (si > 0) expect(m.get(`${s}/${l}`)!).toBeGreaterThanOrEqual(m.get(`${SEVERITIES[si - 1]}/${l}`)!);
        if (li > 0) expect(m.get(`${s}/${l}`)!).toBeGreaterThanOrEqual(m.get(`${s}/${likelihoods[li - 1]}`)!);
      }
  });

  it('every rating in the register and in each hazard agrees with the matrix', () => {
    const m = matrix();
    const register = [...log.matchAll(/(Minor|Significant|Considerable|Major|Catastrophic) × (Very high|High|Medium|Low|Very low) = (\d)/g)];
    const bodies = [
      ...log.matchAll(
        /\*\*(?:Initial|Residual)\.\*\* (?:Severity )?(Minor|Significant|Considerable|Major|Catastrophic), (?:likelihood )?(Very high|High|Medium|Low|Very low) → risk (\d)/g,
      ),
    ];
    expect(register.length).toBe(40); // 20 hazards, initial and residual
    expect(bodies.length).toBe(40);
    for (const [, s, l, r] of [...register, ...bodies])
      expect({ rating: `${s} × ${l}`, risk: Number(r) }).toEqual({ rating: `${s} × ${l}`, risk: m.get(`${s}/${l!.toLowerCase()}`) });
  });

  it('names an owner, a status and a review date for every hazard, including the ones added in issue 17', () => {
    const rows = [...log.matchAll(/^\| (H\d+) \| (.+?) \| .+? \| .+? \| (.+?) \| (.+?) \| (\d{4}-\d{2}-\d{2}) \|$/gm)];
    expect(rows.map((r) => r[1])).toEqual(Array.from({ length: 20 }, (_, i) => `H${i + 1}`));
    for (const r of rows) expect([r[3]!.trim().length > 0, r[4]!.trim().length > 0]).toEqual([true, true]);
    for (const hazard of [
      'wrong meaning',
      'valid NHS number',
      'online access',
      'closed or out-of-area',
      'Automation bias',
      'misreading scores',
      'not received or not filed',
      'under-16s or by proxy',
      'Consent scope',
    ])
      expect(rows.some((r) => r[2]!.includes(hazard))).toBe(true);
  });
});

/**
 * Small-number suppression for the published service report.
 *
 * 1. Primary: any count under 5 (including 0) is shown as "<5".
 * 2. Complementary: inside a table whose categories add up to a total that is also shown, one
 *    hidden cell could be recovered by subtracting the others from the total. So more cells
 *    (the smallest shown ones) are hidden as "[c]" until no hidden cell can be worked out exactly.
 *    A reader then knows only the sum S of the hidden cells, that each "<5" cell is 0–4 and each
 *    "[c]" cell is 5 or more. With k "<5" cells and m "[c]" cells a cell is pinned exactly when
 *    m = 0 and (k = 1, S = 0 or S = 4k), or m ≥ 1 and S = 5m — those are the cases we rule out.
 *    If the table runs out of cells to hide, the total is hidden too.
 * 3. Means and percentages are shown only over 5 or more people whose count is itself shown,
 *    so a suppressed group's average cannot be recovered from the overall one (at least two
 *    groups are hidden together).
 */
export const SMALL_NUMBER = 5;

export interface Cell {
  display: string;
  /** The published number; null when suppressed or not applicable. */
  value: number | null;
  suppressed?: 'small' | 'complementary';
}

export const SMALL: Cell = { display: '<5', value: null, suppressed: 'small' };
export const HIDDEN: Cell = { display: '[c]', value: null, suppressed: 'complementary' };
export const NOT_APPLICABLE: Cell = { display: '–', value: null };

export function countCell(n: number): Cell {
  return n < SMALL_NUMBER ? SMALL : { display: String(n), value: n };
}

function pinned(small: number[], complementary: number[]): boolean {
  const k = small.length;
  const m = complementary.length;
  if (k + m === 0) return false;
  const sum = [...small, ...complementary].reduce((a, b) => a + b, 0);
  if (m === 0) return k === 1 || sum === 0 || sum === 4 * k;
  return sum === SMALL_NUMBER * m;
}

/** Cells of one partition (categories that add up to `total`) and the total, suppressed together. */
export function partitionCells(values: readonly number[], total: number): { cells: Cell[]; total: Cell } {
  const totalCell = countCell(total);
  const state: Array<'shown' | 'small' | 'complementary'> = values.map((v) => (v < SMALL_NUMBER ? 'small' : 'shown'));
  const pick = (s: 'small' | 'complementary') => values.filter((_, i) => state[i] === s);
  // A hidden total already protects every cell; otherwise hide the smallest shown cells as needed.
  while (totalCell.value !== null && pinned(pick('small'), pick('complementary'))) {
    let next = -1;
    values.forEach((v, i) => {
      if (state[i] === 'shown' && (next < 0 || v < values[next]!)) next = i;
    });
    if (next < 0) return { cells: state.map((s) => (s === 'small' ? SMALL : HIDDEN)), total: HIDDEN };
    state[next] = 'complementary';
  }
  return { cells: values.map((v, i) => (state[i] === 'small' ? SMALL : state[i] === 'complementary' ? HIDDEN : countCell(v))), total: totalCell };
}

/** A mean shown to one decimal place, only over a shown count of at least 5. */
export function meanCell(sum: number, n: Cell): Cell {
  if (n.value === null || n.value < SMALL_NUMBER) return n.suppressed ? HIDDEN : NOT_APPLICABLE;
  const mean = Math.round((sum / n.value) * 10) / 10;
  const shown = Object.is(mean, -0) ? 0 : mean;
  return { display: shown > 0 ? `+${shown.toFixed(1)}` : shown.toFixed(1), value: shown };
}

/** A plain (unsigned) mean, e.g. sessions per person. */
export function averageCell(sum: number, n: Cell): Cell {
  const m = meanCell(sum, n);
  return m.value === null ? m : { display: m.value.toFixed(1), value: m.value };
}

/** Part of a shown whole as a whole-number percentage, only when the part is itself shown. */
export function percentCell(part: Cell, whole: Cell): Cell {
  if (part.value === null || whole.value === null || whole.value === 0) return part.suppressed ? HIDDEN : NOT_APPLICABLE;
  const pct = Math.round((part.value / whole.value) * 100);
  return { display: `${pct}%`, value: pct };
}

/**
 * Latency summaries. Percentiles use the nearest-rank method on the sorted samples (no
 * interpolation), so p99 of 100 samples is the 99th smallest — a value that really happened.
 */
export interface Summary {
  count: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function summarise(samples: ArrayLike<number>): Summary {
  const sorted = Float64Array.from(samples).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    count: sorted.length,
    mean: sorted.length ? sum / sorted.length : Number.NaN,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
  };
}

/** Times `fn` once per input after `warmup` untimed calls (JIT, caches), in milliseconds. */
export function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown, warmup = Math.min(100, inputs.length)): Summary {
  for (let i = 0; i < warmup; i++) fn(inputs[i % inputs.length]!);
  const samples = new Float64Array(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const t0 = performance.now();
    fn(inputs[i]!);
    samples[i] = performance.now() - t0;
  }
  return summarise(samples);
}

export async function timeEachAsync<T>(inputs: readonly T[], fn: (input: T) => Promise<unknown>, warmup = Math.min(5, inputs.length)): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await fn(inputs[i % inputs.length]!);
  const samples = new Float64Array(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const t0 = performance.now();
    await fn(inputs[i]!);
    samples[i] = performance.now() - t0;
  }
  return summarise(samples);
}

/** A number that is finite and not negative: what the smoke test asserts of every figure. */
export const isWellFormed = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

export const round = (n: number, digits = 2): number => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : n);

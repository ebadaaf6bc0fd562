/**
 * The demo dataset's construction, restated from the header of scripts/seed-demo.ts so the tests
 * compute what the report should say without calling any reports/ code.
 */
import { traits } from '../../scripts/seed-demo';

export const PEOPLE = Array.from({ length: 240 }, (_, i) => i);
const DELTA = [3, 1, 0, 1, 2];
const day0 = Date.UTC(2026, 0, 1);
const date = (i: number, plus = 0) => new Date(day0 + (i + plus) * 86_400_000).toISOString().slice(0, 10);

export const worker = (i: number) => (i < 236 ? i % 4 : 4);
export const screening = (i: number) => (i % 80 === 79 ? 'not_screened' : i % 10 === 0 ? 'decline' : i % 10 === 5 ? 'redirect' : 'accept');
export const accepted = (i: number) => screening(i) === 'accept';
export const sessionsPlanned = (i: number) => (worker(i) === 4 ? 1 : 2 + (i % 6) + (worker(i) === 2 ? 2 : 0));

export interface Expected {
  referrals: number;
  accepted: number;
  screening: Record<string, number>;
  perPerson: number[];
  buckets: { none: number; below: number; at: number; above: number };
  outcomesPeople: number;
  /** measure → [n, sum of changes, improved] */
  measures: Record<string, [number, number, number]>;
  workers: Array<{ accepted: number; sessions: number; reviewed: number; lsSum: number }>;
}

/** Expected aggregates for referrals created in [from, to], followed up to `to`. */
export function expected(from: string, to: string): Expected {
  const inRange = PEOPLE.filter((i) => date(i) >= from && date(i) <= to);
  const e: Expected = {
    referrals: inRange.length,
    accepted: 0,
    screening: {},
    perPerson: [],
    buckets: { none: 0, below: 0, at: 0, above: 0 },
    outcomesPeople: 0,
    measures: { ls: [0, 0, 0], ww: [0, 0, 0], hap: [0, 0, 0], anx: [0, 0, 0], ucla: [0, 0, 0] },
    workers: DELTA.map(() => ({ accepted: 0, sessions: 0, reviewed: 0, lsSum: 0 })),
  };
  for (const i of inRange) {
    const s = screening(i);
    e.screening[s] = (e.screening[s] ?? 0) + 1;
    if (!accepted(i)) continue;
    const w = e.workers[worker(i)]!;
    e.accepted += 1;
    w.accepted += 1;
    // Weekly contacts from created + the seeded first-contact lag, counted up to the end of the period.
    const used = Array.from({ length: sessionsPlanned(i) }, (_, k) => date(i, traits(i).lag + 7 * k)).filter((d) => d <= to).length;
    e.perPerson.push(used);
    w.sessions += used;
    if (used === 0) e.buckets.none += 1;
    else if (used < 6) e.buckets.below += 1;
    else if (used === 6) e.buckets.at += 1;
    else e.buckets.above += 1;
    if (i % 3 === 2) continue;
    // The latest review finished by `to`: + 56 days (changed scores), else + 28 for i % 12 = 1 (unchanged).
    const changed = date(i, 56) <= to;
    const early = i % 12 === 1 && date(i, 28) <= to;
    if (!changed && !early) continue;
    e.outcomesPeople += 1;
    w.reviewed += 1;
    const d = changed ? DELTA[worker(i)]! : 0;
    const j = changed && i % 3 === 0 ? 1 : 0;
    const items = [1 + (i % 3), 1 + ((i + 1) % 3), 1 + 2 * (i % 2)];
    const ucla = d > 0 ? -items.filter((v) => v > 1).length : 0;
    const changes: Record<string, [number, boolean]> = {
      ls: [d - j, d - j > 0],
      ww: [d, d > 0],
      hap: [changed ? i % 2 : 0, changed && i % 2 === 1],
      anx: [-d, d > 0],
      ucla: [ucla, ucla < 0],
    };
    for (const [k, [c, better]] of Object.entries(changes)) {
      const m = e.measures[k]!;
      m[0] += 1;
      m[1] += c;
      m[2] += better ? 1 : 0;
    }
    w.lsSum += d - j;
  }
  return e;
}

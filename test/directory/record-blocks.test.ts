import { describe, expect, it } from 'vitest';
import { buildDirectoryIndex } from '../../plans/directory/build-index';
import { haversineKm, minKmToBox } from '../../plans/directory/geo';
import { idfTotalFor, textScoreOf } from '../../plans/directory/judge';
import { KeyHeap } from '../../plans/directory/key-heap';
import { nearestKm, prepareQuery } from '../../plans/directory/query';
import { blockNumber, blockUpperBound, BK, BLOCK_SIZE, BLOCK_STRIDE, languageBit } from '../../plans/directory/record-blocks';
import { boundQuery, needHitsOf, offersLanguage, scoreUpperBound } from '../../plans/directory/score-bound';
import { F, STRIDE } from '../../plans/directory/service-facts';
import { TextSums } from '../../plans/directory/text-postings';
import { seededRng } from '../../scripts/seeded-rng';
import { randomDirectory, randomPerson } from './random-cases';

/**
 * The pieces the top-k matcher's speed rests on, each against its plain definition. The end-to-end
 * proof (the same top k as the reference scan) is top-k-property.test.ts and index-equivalence.test.ts.
 */
describe('candidate blocks (record-blocks.ts)', () => {
  const dir = randomDirectory(31, 1200);
  const index = buildDirectoryIndex(dir);
  const p = index.packed;
  const lists = [...p.venues.values(), p.inPerson, ...p.remoteByNeed, p.remote, ...p.localNoTravel.venues.values(), ...p.wideNoTravelByNeed, p.wideNoTravel];

  it('keeps every record of every list, at most BLOCK_SIZE to a block, numbered across the index', () => {
    const numbers = new Set<number>();
    for (const list of lists) {
      let records = 0;
      for (let b = 0; b < list.blocks.length; b += BLOCK_STRIDE) {
        const n = (list.blocks[b + BK.end]! - list.blocks[b + BK.start]!) / STRIDE;
        expect(n).toBeGreaterThan(0);
        expect(n).toBeLessThanOrEqual(BLOCK_SIZE);
        expect(list.blocks[b + BK.start]).toBe(records * STRIDE);
        records += n;
        numbers.add(blockNumber(list, b));
      }
      expect(records * STRIDE).toBe(list.records.length);
    }
    expect(numbers.size).toBe(index.blocks);
    expect(Math.max(...numbers)).toBe(index.blocks - 1);
    // The same services as the plain lists: the in-person list holds every active in-person service.
    const ranks = new Set<number>();
    for (let o = 0; o < p.inPerson.records.length; o += STRIDE) ranks.add(p.inPerson.records[o + F.rank]!);
    expect([...ranks].map((r) => index.ranks.byRank[r]).sort((a, b) => a! - b!)).toEqual([...index.inPerson].sort((a, b) => a - b));
  });

  it("never bounds a block below any of its records' own bounds (random people, every block of every list)", () => {
    const rand = seededRng(3131);
    const blockText = new TextSums(index.blocks);
    let checked = 0;
    let pruned = 0;
    const below: string[] = [];
    for (let k = 0; k < 40; k++) {
      const pq = prepareQuery(randomPerson(rand));
      const bq = boundQuery(pq);
      const idfTotal = idfTotalFor(pq, index.idf);
      blockText.load(index.blockPostings, index.idf, pq);
      const langBit = pq.language === undefined ? 0 : languageBit(pq.language);
      for (const list of lists) {
        for (let b = 0; b < list.blocks.length; b += BLOCK_STRIDE) {
          const text = idfTotal === 0 ? 0 : blockText.sumFor(blockNumber(list, b)) / idfTotal;
          const ceiling = blockUpperBound(bq, list.blocks, b, text, langBit);
          if (ceiling === -Infinity) pruned++;
          for (let o = list.blocks[b + BK.start]!; o < list.blocks[b + BK.end]!; o += STRIDE) {
            const r = list.records;
            const rank = r[o + F.rank]!;
            if (rank < list.blocks[b + BK.minRank]!) below.push(`rank ${rank} under its block's best`);
            const s = dir[index.ranks.byRank[rank]!]!;
            const f = r[o + F.flags]!;
            const own = scoreUpperBound(
              bq,
              f,
              r[o + F.days]!,
              needHitsOf(pq, f, r[o + F.needMask]!, s),
              offersLanguage(pq, f, s),
              textScoreOf(index.termWeights[index.ranks.byRank[rank]!]!, pq, index.idf, idfTotal),
              nearestKm(s.locations, pq.raw.location),
            );
            // No slack: the block's bound is built from the same arithmetic on larger inputs.
            if (!(ceiling >= own)) below.push(`${s.id}: block ${ceiling} < own ${own} for ${JSON.stringify(pq.raw)}`);
            checked++;
          }
        }
      }
    }
    expect(below.slice(0, 3)).toEqual([]);
    expect(checked).toBeGreaterThan(50_000);
    expect(pruned).toBeGreaterThan(0);
  });
});

describe('minKmToBox', () => {
  it('is never more than the distance to any point in the box, and 0 inside it', () => {
    const rand = seededRng(77);
    for (let k = 0; k < 5000; k++) {
      // Mostly UK-sized boxes, some huge, near the poles or across the date line.
      const wide = rand() < 0.2;
      const lat0 = rand() < 0.1 ? (rand() - 0.5) * 179 : 44 + rand() * 20;
      const lon0 = (rand() - 0.5) * 360;
      const box = [lat0, Math.min(89.9, lat0 + rand() * (wide ? 40 : 0.3)), lon0, lon0 + rand() * (wide ? 60 : 0.3)] as const;
      const at = { lat: Math.max(-89.9, Math.min(89.9, lat0 + (rand() - 0.5) * 10)), lon: lon0 + (rand() - 0.5) * 40 };
      const lb = minKmToBox(at.lat, at.lon, ...box);
      for (let j = 0; j < 5; j++) {
        const lat = box[0] + rand() * (box[1] - box[0]);
        const lon = box[2] + rand() * (box[3] - box[2]);
        expect(lb).toBeLessThanOrEqual(haversineKm(at.lat, at.lon, lat, lon));
      }
    }
    expect(minKmToBox(53.8, -1.55, 53.7, 53.9, -1.6, -1.5)).toBe(0);
    // Far from the box it is close to the true distance, not just 0.
    expect(minKmToBox(53.8, -1.55, 51.5, 51.6, -0.2, -0.1)).toBeGreaterThan(0.95 * haversineKm(53.8, -1.55, 51.6, -0.2));
  });
});

describe('KeyHeap', () => {
  it('gives keys back smallest first, duplicates included, growing past its first size', () => {
    const rand = seededRng(5);
    const heap = new KeyHeap(4);
    const keys = Array.from({ length: 3000 }, () => Math.floor((rand() - 0.5) * 500) * 1024 + Math.floor(rand() * 1000));
    for (const k of keys.slice(0, 1500)) heap.push(k);
    const out: number[] = [];
    for (let i = 0; i < 500; i++) out.push(heap.pop());
    for (const k of keys.slice(1500)) heap.push(k);
    while (heap.length) out.push(heap.pop());
    expect(heap.pop()).toBe(Infinity);
    expect(heap.peek()).toBe(Infinity);
    expect(out).toHaveLength(3000);
    expect([...out].sort((a, b) => a - b)).toEqual([...keys].sort((a, b) => a - b));
    // Within each phase the order is ascending.
    const first = out.slice(0, 500);
    expect(first).toEqual([...first].sort((a, b) => a - b));
    expect(first).toEqual([...keys.slice(0, 1500)].sort((a, b) => a - b).slice(0, 500));
  });
});

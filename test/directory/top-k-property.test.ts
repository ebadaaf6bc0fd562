import { describe, expect, it } from 'vitest';
import { buildDirectoryIndex } from '../../plans/directory/build-index';
import { judge, idfTotalFor, textScoreOf } from '../../plans/directory/judge';
import { matchResources, scanResources } from '../../plans/directory/match';
import { nearestKm, prepareQuery } from '../../plans/directory/query';
import { boundQuery, needHitsOf, offersLanguage, scoreUpperBound } from '../../plans/directory/score-bound';
import { F, packFacts } from '../../plans/directory/service-facts';
import { seededRng } from '../../scripts/seeded-rng';
import { randomDirectory, randomPerson } from './random-cases';

describe('top-k matcher = reference scan (randomised directories and people)', () => {
  it.each([11, 12, 13])('gives the identical list for 150 random people (directory seed %i)', (seed) => {
    const dir = randomDirectory(seed, 1500);
    const index = buildDirectoryIndex(dir);
    const rand = seededRng(seed * 101);
    let nonEmpty = 0;
    for (let k = 0; k < 150; k++) {
      const q = randomPerson(rand);
      const limit = [1, 3, 8, 25][k % 4]!;
      const fast = matchResources(index, q, limit);
      expect(fast).toEqual(scanResources(dir, q, limit));
      if (fast.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(100);
  });

  it('never bounds a service below the score it really gets', () => {
    const dir = randomDirectory(21, 800);
    const index = buildDirectoryIndex(dir);
    const rand = seededRng(2121);
    let checked = 0;
    for (let k = 0; k < 60; k++) {
      const pq = prepareQuery(randomPerson(rand));
      const bq = boundQuery(pq);
      const idfTotal = idfTotalFor(pq, index.idf);
      dir.forEach((s, i) => {
        const c = judge(s, index.needMasks[i]!, index.termWeights[i]!, pq, index.idf, idfTotal);
        if (!c) return;
        const r = packFacts(dir, index.ranks, [i]);
        const text = textScoreOf(index.termWeights[i]!, pq, index.idf, idfTotal);
        const f = r[F.flags]!;
        const bound = scoreUpperBound(
          bq,
          f,
          r[F.days]!,
          needHitsOf(pq, f, r[F.needMask]!, s),
          offersLanguage(pq, f, s),
          text,
          nearestKm(s.locations, pq.raw.location),
        );
        expect(bound + 0.0005).toBeGreaterThanOrEqual(c.score);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

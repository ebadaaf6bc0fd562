import { describe, expect, it } from 'vitest';
import { BARRIER_IDS } from '../../dialogs/vocabulary';
import { bonusForTraitKey, traitKeyPassesFilters } from '../../plans/directory/bonus-bound';
import { buildDirectoryIndex } from '../../plans/directory/build-index';
import { matchResources, scanResources } from '../../plans/directory/match';
import { WEEKDAYS } from '../../plans/directory/model';
import { nearestKm, needMaskOf, popcount, prepareQuery, type MatchQuery } from '../../plans/directory/query';
import { FAR_KM, passesFilters, proximityPoints, relevancePoints, scoreService } from '../../plans/directory/score';
import { generateSyntheticDirectory, generateSyntheticQueries } from '../../plans/directory/synthetic';
import { T_FAR, T_LANGUAGE_OFFERED, T_OPEN_ON_DAY } from '../../plans/directory/traits';

/**
 * The matcher prunes with each candidate's score worked out from packed traits before it is fully
 * scored. These tests prove the pruning exact on the query shapes that used to be slow at 100k
 * (no radius, a non-English language, a day, wheelchair access), where the bound matters most.
 */
const dir = generateSyntheticDirectory(3000, 11);
const index = buildDirectoryIndex(dir);

// Languages as names, as a code, one no service offers, and English (which changes nothing).
const LANGUAGES = ['Urdu', 'ur', 'Polish', 'Somali', 'Welsh', 'English', 'Bengali', 'Arabic'];

function stressQueries(): MatchQuery[] {
  return generateSyntheticQueries(96, 13).map((q, n) => {
    const { maxDistanceKm: _radius, ...noRadius } = q;
    const out: MatchQuery = { ...noRadius, language: LANGUAGES[n % LANGUAGES.length]!, day: WEEKDAYS[n % WEEKDAYS.length]! };
    if (n % 2 === 0) out.requiresWheelchair = true;
    if (n % 5 === 0) out.requiresHearingLoop = true;
    if (n % 7 === 0) out.prefersRemote = true;
    if (n % 11 === 0) out.remoteOnly = true;
    if (n % 6 === 0) out.barriers = [...BARRIER_IDS]; // every bonus and penalty in play
    if (n % 9 === 0) delete out.location; // no distances at all
    if (n % 13 === 0) delete out.age;
    if (n % 8 === 3) out.maxDistanceKm = 12; // a few with a radius, so both candidate routes run
    return out;
  });
}

describe('exact pruning on the slow query shapes (3,000 synthetic services)', () => {
  const queries = stressQueries();

  it.each([1, 8, 25])('returns exactly what the brute-force scan returns (limit %i)', (limit) => {
    for (const q of queries) expect(matchResources(index, q, limit)).toEqual(scanResources(dir, q, limit));
  });

  it('exercises the language, day and access paths in the results', () => {
    const reasons = queries.flatMap((q) => matchResources(index, q, 8).flatMap((r) => r.reasons));
    expect(reasons.some((r) => r.startsWith('Offered in Urdu'))).toBe(true);
    expect(reasons.some((r) => /^Check: \w+ not listed/.test(r))).toBe(true);
    expect(reasons.some((r) => r.startsWith('Open on '))).toBe(true);
    expect(reasons.some((r) => r.startsWith('Check: not open on '))).toBe(true);
    expect(reasons).toContain('Wheelchair accessible');
  });
});

describe('trait bound agrees with scoreService and passesFilters for every service', () => {
  const queries = stressQueries().slice(0, 36);

  it('relevance + nearness + bonusForTraitKey equals the full score (so it is a safe upper bound)', () => {
    let checked = 0;
    for (const q of queries) {
      const pq = prepareQuery(q);
      dir.forEach((s, i) => {
        const d = nearestKm(s.locations, q.location);
        if (!passesFilters(s, pq, d)) return;
        const key = index.traits.keys[i]!
          | (pq.language && s.languages.includes(pq.language) ? T_LANGUAGE_OFFERED : 0)
          | (q.day && s.schedules.some((x) => x.day === q.day) ? T_OPEN_ON_DAY : 0)
          | (d !== undefined && d > FAR_KM ? T_FAR : 0);
        for (const textScore of [0, 0.42]) {
          const hits = popcount(needMaskOf(s.needAreas) & pq.needMask);
          const known = relevancePoints(hits, pq.needCount, textScore) + proximityPoints(s.attendance.inPerson, pq, d) + bonusForTraitKey(key, pq);
          // scoreService rounds to 3 decimals; anything beyond that would be a term the bound misses.
          expect(Math.abs(scoreService(s, pq, d, textScore) - known)).toBeLessThanOrEqual(0.0005 + 1e-9);
        }
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('trait filters reject exactly what passesFilters rejects for attendance and access', () => {
    for (const q of queries) {
      const pq = prepareQuery(q);
      dir.forEach((s, i) => {
        const d = nearestKm(s.locations, q.location);
        const statusOk = s.status !== 'inactive' && s.status !== 'defunct';
        const ageOk = q.age === undefined || ((s.minAge === undefined || q.age >= s.minAge) && (s.maxAge === undefined || q.age <= s.maxAge));
        const remote = s.attendance.online || s.attendance.phone;
        const distanceOk = q.maxDistanceKm === undefined || d === undefined || remote || d <= q.maxDistanceKm;
        expect(statusOk && ageOk && distanceOk && traitKeyPassesFilters(index.traits.keys[i]!, pq)).toBe(passesFilters(s, pq, d));
      });
    }
  });
});

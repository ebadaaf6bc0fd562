import { describe, expect, it } from 'vitest';
import { BARRIER_IDS, NEED_AREA_IDS } from '../../dialogs/vocabulary';
import { buildDirectoryIndex } from '../../plans/directory/build-index';
import { matchResources, scanResources } from '../../plans/directory/match';
import { directoryServiceSchema } from '../../plans/directory/model';
import type { MatchQuery } from '../../plans/directory/query';
import { generateSyntheticDirectory, generateSyntheticQueries } from '../../plans/directory/synthetic';

describe('generateSyntheticDirectory', () => {
  it('is deterministic for a seed and valid against the model', () => {
    const a = generateSyntheticDirectory(300, 5);
    expect(generateSyntheticDirectory(300, 5)).toEqual(a);
    expect(generateSyntheticDirectory(300, 6)).not.toEqual(a);
    for (const s of a) expect(directoryServiceSchema.safeParse(s).success).toBe(true);
    expect(new Set(a.map((s) => s.id)).size).toBe(300);
  });

  it('looks like a real directory: UK coordinates, every need area, mixed costs and statuses', () => {
    const dir = generateSyntheticDirectory(2000, 1);
    for (const s of dir)
      for (const l of s.locations) {
        expect(l.lat).toBeGreaterThan(49.8);
        expect(l.lat).toBeLessThan(58.7);
        expect(l.lon).toBeGreaterThan(-8.2);
        expect(l.lon).toBeLessThan(1.8);
      }
    expect(new Set(dir.flatMap((s) => s.needAreas))).toEqual(new Set(NEED_AREA_IDS));
    expect(new Set(dir.map((s) => s.cost))).toEqual(new Set(['free', 'low', 'paid', 'unknown']));
    expect(new Set(dir.map((s) => s.status))).toEqual(new Set(['active', 'inactive', 'defunct', 'temporarily closed']));
    expect(dir.some((s) => s.locations.length === 0 && s.attendance.phone)).toBe(true);
  });
});

describe('index equivalence with a brute-force scan (2,000 synthetic services)', () => {
  const dir = generateSyntheticDirectory(2000, 7);
  const index = buildDirectoryIndex(dir);

  // Generated queries plus edge cases that take each candidate route: postings, grid + unplaced
  // (radius), browse (no needs or words), words unknown to the directory, hard filters.
  const queries: MatchQuery[] = [
    ...generateSyntheticQueries(120, 3),
    { needs: [], text: '', barriers: [] },
    { needs: [], text: '', barriers: ['cost'], location: { lat: 53.8, lon: -1.55 }, maxDistanceKm: 4 },
    { needs: [], text: 'knitting and cooking', barriers: ['digital'], location: { lat: 51.54, lon: -0.06 }, maxDistanceKm: 8 },
    { needs: ['caring'], text: 'qwertyuiop', barriers: [...BARRIER_IDS], remoteOnly: true },
    {
      needs: [...NEED_AREA_IDS],
      text: 'walking gardening singing',
      barriers: ['transport', 'mobility'],
      location: { lat: 52.49, lon: -1.89 },
      maxDistanceKm: 2,
    },
    {
      needs: ['activity'],
      text: '',
      barriers: ['mobility', 'hearing_sight'],
      requiresWheelchair: true,
      requiresHearingLoop: true,
      location: { lat: 53.38, lon: -1.47 },
    },
    {
      needs: ['money'],
      text: 'debts',
      barriers: ['language'],
      language: 'Urdu',
      day: 'tuesday',
      age: 19,
      location: { lat: 53.79, lon: -1.75 },
      maxDistanceKm: 400,
    },
  ];

  it.each([1, 10, 40])('returns identical suggestions (limit %i)', (limit) => {
    for (const q of queries) expect(matchResources(index, q, limit)).toEqual(scanResources(dir, q, limit));
  });

  it('is not trivially empty: most queries find something', () => {
    const found = queries.filter((q) => matchResources(index, q, 10).length > 0).length;
    expect(found).toBeGreaterThan(queries.length * 0.8);
  });
});

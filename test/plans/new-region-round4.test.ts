import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../dialogs/engine/types';
import type { DirectoryService } from '../../plans/directory/model';
import { nationAt, nationsCoveredBy } from '../../plans/places/nation';
import { placesForDirectory } from '../../plans/places/directory-places';
import { indexImportedDirectory, prepareDirectory } from '../../plans/places/prepare-directory';
import { geoNamesGreatBritain } from '../../plans/places/geonames';
import { resolvePlace } from '../../plans/places/resolve-place';
import { suggestionsForPlan } from '../../plans/plan-suggestions';
import { scanResources } from '../../plans/directory/match';
import { planSearchFor } from '../../plans/resource-query';
import { assessment, service } from './fixtures';

/**
 * Issue 15, round 4: what a directory from a region not seen before brings — a town written with
 * two names, service areas named by a health board, by a whole nation or by part of a county, a
 * record placed only by its postcode. An invented county ("Hafodshire") and invented towns at real
 * points in mid Wales and Scotland; not the evaluation data.
 */
const at = (
  id: string,
  o: { town: string; postcode: string; lat: number; lon: number; region: string; areas?: string[]; mode?: 'in_person' | 'phone' | 'home_visit' },
): DirectoryService => {
  const mode = o.mode ?? 'in_person';
  const s = service({
    id,
    name: `${id} friendship group`,
    description: 'A friendly group to meet people.',
    needAreas: ['loneliness'],
    ...(mode === 'in_person' || mode === 'home_visit' ? { lat: o.lat, lon: o.lon, postcode: o.postcode } : {}),
    attendance: { inPerson: mode === 'in_person', online: false, phone: mode === 'phone', homeVisit: mode === 'home_visit' },
    ...(o.areas ? { serviceAreas: o.areas } : {}),
  });
  return { ...s, locations: s.locations.map((l) => ({ ...l, town: o.town, region: o.region })) };
};
const HAFOD = { region: 'Hafodshire' };
const DIR: DirectoryService[] = [
  // One town, two names, same postcode district: a service limited to "Hilltown" is for Trefynydd too.
  at('tref', { town: 'Trefynydd', postcode: 'LD9 1AA', lat: 52.15, lon: -3.4, ...HAFOD }),
  at('hill-only', { town: 'Hilltown', postcode: 'LD9 2BB', lat: 52.152, lon: -3.402, ...HAFOD, areas: ['Hilltown'] }),
  // Both names in one field.
  at('glan', { town: 'Glanafon/Riverford', postcode: 'LD9 3CC', lat: 52.16, lon: -3.39, ...HAFOD }),
  // Unusable coordinates: placed at its district centre, and its town name is still learnt.
  {
    ...at('lost', { town: 'Llanfawr Isaf', postcode: 'LD9 4DD', lat: 52.151, lon: -3.401, ...HAFOD }),
    locations: [{ town: 'Llanfawr Isaf', postcode: 'LD9 4DD', lat: 3.4, lon: 52.15, region: 'Hafodshire' }],
  },
  // A health board's area: a venue limited to it tells where it is, so its phone line can be offered.
  at('board-venue', { town: 'Hilltown', postcode: 'LD9 2BC', lat: 52.153, lon: -3.401, ...HAFOD, areas: ['Hafod Health Board'] }),
  at('board-line', { town: '', postcode: '', lat: 0, lon: 0, ...HAFOD, areas: ['Hafod Health Board'], mode: 'phone' }),
  // Whole nations.
  at('wales-line', { town: '', postcode: '', lat: 0, lon: 0, ...HAFOD, areas: ['All of Wales'], mode: 'phone' }),
  at('scotland-line', { town: '', postcode: '', lat: 0, lon: 0, ...HAFOD, areas: ['Scotland'], mode: 'phone' }),
  // Part of a county, across the border from Pentreglyn (Glynshire), 10 km away.
  at('south-hafod', { town: 'Trefynydd', postcode: 'LD9 1AB', lat: 52.15, lon: -3.4, ...HAFOD, areas: ['South Hafodshire'], mode: 'home_visit' }),
  at('pentre', { town: 'Pentreglyn', postcode: 'LD7 1AA', lat: 52.06, lon: -3.4, region: 'Glynshire' }),
];
const prepared = indexImportedDirectory(DIR);
const gaz = placesForDirectory(prepared.index);

function offeredTo(area: string, answers: Record<string, AnswerValue> = {}): string[] {
  const a = assessment(`a-${area}`, {
    'screen.outcome': 'accept',
    'wmtm.matters_most': 'Someone to talk to',
    'needs.areas': ['loneliness'],
    'needs.barriers': [],
    'needs.area_home': area,
    'goal.1': 'meet people',
    ...answers,
  });
  // Every service the person may be offered (the reference scan, no limit): eligibility, not ranking.
  return scanResources(prepared.index.services, planSearchFor(a, gaz).query, 50).map((s) => s.service.id);
}

describe('a town with two names', () => {
  it('a service limited to one name is offered to a person who typed the other', () => {
    expect(offeredTo('Trefynydd')).toContain('hill-only');
    // Pentreglyn is 10 km away with its own district: not the same town.
    expect(offeredTo('Pentreglyn')).not.toContain('hill-only');
  });

  it('"Glanafon/Riverford" teaches both names; "near X" and "X (other name)" resolve', () => {
    for (const typed of ['Riverford', 'Glanafon', 'near Trefynydd', 'Hilltown (Trefynydd)']) expect(resolvePlace(typed, gaz).kind).toBe('found');
  });

  it('a record placed only at its postcode district still teaches its town name', () => {
    expect(prepared.issues.some((i) => i.id === 'lost' && /placed at the postcode district LD9/.test(i.message))).toBe(true);
    const r = resolvePlace('Llanfawr Isaf', gaz);
    expect(r.kind === 'found' && Math.abs(r.place.lat - 52.15) < 0.05).toBe(true);
  });
});

describe('service areas a new region names', () => {
  it('a phone line limited to a health board is offered where the board’s venues are, not 55 km away', () => {
    expect(offeredTo('Trefynydd')).toContain('board-line');
    expect(offeredTo('Aberystwyth')).not.toContain('board-line');
  });

  it('a whole-nation area covers the people of that nation only', () => {
    expect(offeredTo('Trefynydd')).toContain('wales-line');
    expect(offeredTo('Trefynydd')).not.toContain('scotland-line');
    expect(offeredTo('Inverness')).toContain('scotland-line');
    expect(offeredTo('Inverness')).not.toContain('wales-line');
    expect(nationsCoveredBy('UK-wide')).toEqual(['ENG', 'SCT', 'WLS', 'NIR']);
    expect(nationsCoveredBy('Great Britain')).not.toContain('NIR');
    expect(nationsCoveredBy('Powys')).toBeNull();
    expect(nationAt(57.48, -4.22)).toBe('SCT');
  });

  it('part of a county ("South Hafodshire") is not offered across the county border, however near', () => {
    expect(offeredTo('Trefynydd')).toContain('south-hafod');
    expect(offeredTo('Pentreglyn')).not.toContain('south-hafod');
    const s = prepareDirectory(DIR, geoNamesGreatBritain()).services.find((x) => x.id === 'south-hafod');
    expect(s?.serviceAreaCounties).toEqual(['hafodshire']);
  });
});

describe('money named in the person’s own words', () => {
  const paid = service({
    id: 'paid-lunch',
    name: 'Trefynydd Lunch Club',
    description: 'A two-course lunch with company.',
    needAreas: ['loneliness'],
    cost: 'paid',
    costNote: '£6.50',
    lat: 52.15,
    lon: -3.4,
    postcode: 'LD9 1AA',
  });
  const withPaid = indexImportedDirectory([...DIR, { ...paid, locations: paid.locations.map((l) => ({ ...l, town: 'Trefynydd', region: 'Hafodshire' })) }]);
  const offered = (notes: string) =>
    suggestionsForPlan(
      withPaid.index,
      assessment('a-money', {
        'screen.outcome': 'accept',
        'wmtm.matters_most': 'Company',
        'needs.areas': ['loneliness'],
        'needs.barriers': [],
        'needs.area_home': 'Trefynydd',
        'goal.1': 'meet people',
        'context.adjustments': notes,
      }),
    ).suggestions.map((s) => s.service.id);

  it('"no money of her own" or "pension credit only" keeps the plan to free services, as a ticked cost barrier does', () => {
    expect(offered('Fine on the phone.')).toContain('paid-lunch');
    expect(offered('No money of her own.')).not.toContain('paid-lunch');
    expect(offered('Pension credit only.')).not.toContain('paid-lunch');
    expect(offered('Would pay for a dinner.')).toContain('paid-lunch');
  });
});

import { describe, expect, it } from 'vitest';
import { specificTopicsOf } from '../../plans/directory/specific-topics';
import { needsForGoal } from '../../plans/goal-resources';
import { authorityAreaCovers, authorityAt, authorityNames, tableTownsMissing } from '../../plans/places/authorities';
import { codedPlacesGreatBritain } from '../../plans/places/geonames-small-places';
import { travelLimit, travelLimitKm } from '../../plans/travel-limit';

/**
 * Issue 15, round 7b: what the Thames Valley, Chilterns and West London set showed once it became
 * a tuning set (RESULTS.md §29) — a county council's area is not the ceremonial county, district
 * names that are not towns anywhere in England, Thames Valley and Berkshire's NHS halves, London's
 * and Frimley's ICBs, a joint district patch, a home on a county border, and travel limits said in
 * words ("about three miles", "3-4 miles", a bus she will not use). Real places (GeoNames points);
 * invented wording, not the evaluation data.
 */
function town(name: string) {
  const hits = codedPlacesGreatBritain().filter((p) => p.name === name && p.nation === 'ENG');
  const p = hits.sort((a, b) => b.population - a.population)[0];
  if (!p) throw new Error(`no GeoNames place ${name}`);
  return authorityAt(p.lat, p.lon);
}
const covers = (area: string, place: string) => authorityAreaCovers(area, town(place));

describe('a county council’s area is the council’s, not the ceremonial county', () => {
  it('"Buckinghamshire Council area" covers Aylesbury, Chesham and Marlow, not Bletchley (Milton Keynes) or Slough', () => {
    for (const p of ['Aylesbury', 'Chesham', 'Marlow']) expect(covers('Buckinghamshire Council area', p)).toBe(true);
    expect(covers('Buckinghamshire Council area', 'Bletchley')).toBe(false);
    expect(covers('Buckinghamshire Council area', 'Slough')).toBe(false);
  });
  it('"Hampshire County Council" is not Southampton; a bare county name is left to the county rules', () => {
    expect(covers('Hampshire County Council', 'Winchester')).toBe(true);
    expect(covers('Hampshire County Council', 'Southampton')).toBe(false);
    expect(covers('Buckinghamshire', 'Bletchley')).toBeNull();
  });
});

describe('districts whose names are not towns, anywhere in England', () => {
  it('South Oxfordshire, Vale of White Horse, West Oxfordshire, Cherwell', () => {
    expect(covers('South Oxfordshire', 'Thame')).toBe(true);
    expect(covers('South Oxfordshire', 'Abingdon')).toBe(false);
    expect(covers('Vale of White Horse', 'Wantage')).toBe(true);
    expect(covers('West Oxfordshire District', 'Chipping Norton')).toBe(true);
    expect(covers('Cherwell', 'Bicester')).toBe(true);
    expect(covers('Cherwell', 'Witney')).toBe(false);
  });
  it('elsewhere: Ribble Valley, Breckland, Derbyshire Dales, Teignbridge; merged districts by both predecessors', () => {
    expect(covers('Ribble Valley', 'Clitheroe')).toBe(true);
    expect(covers('Ribble Valley', 'Preston')).toBe(false);
    expect(covers('Breckland District Council', 'Thetford')).toBe(true);
    expect(covers('Derbyshire Dales', 'Chesterfield')).toBe(false);
    expect(covers('Teignbridge', 'Newton Abbot')).toBe(true);
    expect(covers('East Suffolk', 'Felixstowe')).toBe(true);
    expect(covers('East Suffolk', 'Lowestoft')).toBe(true);
    expect(covers('East Suffolk', 'Ipswich')).toBe(false);
    expect(authorityNames(town('Clitheroe'))).toContain('Ribble Valley');
  });
  it('a joint patch ("Vale and South Oxfordshire") and two areas joined by "and"', () => {
    expect(covers('Vale and South Oxfordshire', 'Didcot')).toBe(true);
    expect(covers('Vale and South Oxfordshire', 'Abingdon')).toBe(true);
    expect(covers('Vale and South Oxfordshire', 'Witney')).toBe(false);
    expect(covers('Cherwell and West Oxfordshire', 'Witney')).toBe(true);
    expect(covers('Cherwell and West Oxfordshire', 'Abingdon')).toBe(false);
  });
  it('every table town is a GeoNames place with the right kind of code', () => {
    expect(tableTownsMissing()).toEqual([]);
  });
});

describe('Thames Valley, Berkshire West, London’s ICBs, Frimley', () => {
  it('Thames Valley is Berkshire, Buckinghamshire with Milton Keynes, and Oxfordshire; no London borough', () => {
    for (const p of ['Newbury', 'Slough', 'Bletchley', 'Banbury', 'Marlow']) expect(covers('Thames Valley', p)).toBe(true);
    expect(covers('Thames Valley', 'Southall')).toBe(false);
    expect(covers('Thames Valley', 'Swindon')).toBe(false);
  });
  it('Berkshire West is Reading, Wokingham and West Berkshire, not Slough', () => {
    expect(covers('Berkshire West', 'Newbury')).toBe(true);
    expect(covers('Berkshire West', 'Slough')).toBe(false);
  });
  it('NHS North West London ICB: Southall and Hayes, not Slough or Croydon', () => {
    expect(covers('NHS North West London ICB', 'Southall')).toBe(true);
    expect(covers('NHS North West London ICB', 'Hayes')).toBe(true);
    expect(covers('NHS North West London ICB', 'Slough')).toBe(false);
    expect(covers('NHS South West London ICB', 'Croydon')).toBe(true);
    expect(covers('NHS North West London ICB', 'Croydon')).toBe(false);
  });
  it('NHS Frimley ICB: Slough, Maidenhead, Farnborough; not Marlow or Reading; Camberley unsure', () => {
    for (const p of ['Slough', 'Maidenhead', 'Farnborough']) expect(covers('NHS Frimley ICB', p)).toBe(true);
    expect(covers('NHS Frimley ICB', 'Marlow')).toBe(false);
    expect(covers('NHS Frimley ICB', 'Reading')).toBe(false);
    expect(covers('NHS Frimley ICB', 'Camberley')).toBeNull();
    expect(covers('NHS Surrey Heartlands ICB', 'Guildford')).toBe(true);
  });
});

describe('a home on a county border claims no council', () => {
  it('Hoxne (Suffolk; GeoNames has no Hoxne) is nearer Scole (Norfolk) than Stradbroke (Suffolk): unsure', () => {
    expect(authorityAt(52.349, 1.201)).toBeUndefined();
  });
  it('a home at a town’s own point is never in doubt', () => {
    expect(town('Thame')?.district).toBeDefined();
  });
});

describe('travel limits said in words', () => {
  it('number words and ranges', () => {
    expect(travelLimit('Buses with an Oyster card, up to about three miles.')).toEqual({ km: 6, stated: 4.8 });
    expect(travelLimitKm('Drives, but no further than the town centre (about 3-4 miles).')).toBe(8);
    expect(travelLimitKm('Walks two to three km at most.')).toBe(3);
    expect(travelLimitKm('Has a car but would rather not drive far; up to about five miles.')).toBe(10);
  });
  it('a bus she will not use does not lift the walking limit; one she uses does', () => {
    expect(travelLimitKm('No car. Walks to the village hall (about half a mile); the bus is twice a week and she will not use it in winter.')).toBe(1);
    expect(travelLimitKm('Walks to the village hall (about half a mile); takes the bus into town on Tuesdays.')).toBeUndefined();
  });
});

describe('work as the time or place of something else is not a goal about work', () => {
  it('"after work", "from work", "stress at work" name no work need; "back at work", "find work" do', () => {
    expect(needsForGoal('a group I can get to after work or at weekends')).not.toContain('work_volunteering');
    expect(needsForGoal('no one from work finding out')).not.toContain('work_volunteering');
    expect(needsForGoal('less stress at work')).not.toContain('work_volunteering');
    expect(needsForGoal('be back at work by the spring')).toContain('work_volunteering');
    expect(needsForGoal('find work in a shop')).toContain('work_volunteering');
  });
});

describe('what a service is specifically for', () => {
  it('a group named for mothers is for new parents; the Mothers’ Union is not', () => {
    expect(specificTopicsOf('Riverside Mothers Wellbeing Group', ['Mental wellbeing'], 'For mums who are finding things hard.')).toContain('perinatal');
    expect(specificTopicsOf("Mums' Coffee Circle", [], '')).toContain('perinatal');
    expect(specificTopicsOf("Mothers' Union Lunch", [], '')).not.toContain('perinatal');
  });
  it('a general service also filed under drugs and alcohol stays general unless its words say so', () => {
    const terms = ['Public health > Mental wellbeing', 'Public health > Drug and alcohol services'];
    expect(specificTopicsOf('Evening Talking Therapies', terms, 'Phone CBT and counselling in the evenings.')).not.toContain('alcohol_drugs');
    expect(specificTopicsOf('Evening Peer Group', terms, 'For anyone wanting to cut down or stop drinking.')).toContain('alcohol_drugs');
    expect(specificTopicsOf('Weekend Online Meetings', ['substance misuse', 'wellbeing'], 'Video recovery meetings at weekends.')).toContain('alcohol_drugs');
    expect(specificTopicsOf('Weekend Online Meetings', ['substance misuse'], 'Video meetings at weekends.')).toContain('alcohol_drugs');
  });
});

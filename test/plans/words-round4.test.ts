import { describe, expect, it } from 'vitest';
import { deriveCost } from '../../plans/directory/cost';
import { areaCovers } from '../../plans/directory/eligibility';
import { importDirectoryDocument } from '../../plans/directory/import';
import { prepareQuery } from '../../plans/directory/query';
import { specificTopicsOf, topicsNamedIn, topicAllows } from '../../plans/directory/specific-topics';
import { needsForTerm } from '../../plans/directory/taxonomy-map';
import { needsAllowedForGoal, needsForGoal } from '../../plans/goal-resources';
import { reachFor } from '../../plans/reach';
import { service } from './fixtures';

/**
 * Issue 15, round 4: wordings a new directory or a new person brings that the rules had not met —
 * fees, bilingual services, audiences, phone use, goals that set a limit, terms in an unseen
 * vocabulary. Invented records; not the evaluation data.
 */
describe('fees written in other ways', () => {
  it.each([
    [['Am ddim / Free'], 'free'],
    [['Am ddim'], 'free'],
    [['Pay as you feel'], 'free'],
    [['Donations welcome'], 'free'],
    [['Suggested donation £2'], 'free'],
    [['Monthly fee of 18% of your repayment'], 'paid'],
    [['45p a mile'], 'low'],
    [['12 pounds a session'], 'paid'],
    [['GBP 3 per class'], 'low'],
    [['Small fee for materials'], 'low'],
    [['Costs apply, ring for details'], 'paid'],
    [['No fee'], 'free'],
  ] as const)('%j → %s', (texts, band) => {
    expect(deriveCost({ amounts: [], texts })).toBe(band);
  });
});

describe('who a service is for', () => {
  it('a bilingual service is for anyone; a name that says one language is for its speakers', () => {
    expect(specificTopicsOf('Home Befriending Visits', [], 'Welsh-speaking volunteers available.', ['Welsh', 'English'])).toEqual([]);
    expect(specificTopicsOf('Home Befriending Visits', [], 'Welsh-speaking volunteers available.', ['Welsh'])).toEqual(['language:welsh']);
    expect(specificTopicsOf('Welsh-language Phone Friends', [], 'A weekly call.', ['Welsh', 'English'])).toEqual(['language:welsh']);
  });

  it('a farm support line is for people who farm; a community farm is for anyone', () => {
    expect(specificTopicsOf('Upland Farm Support Line', [], '')).toEqual(['farming']);
    expect(specificTopicsOf('Riverside Community Farm Volunteers', [], '')).toEqual([]);
    expect(topicAllows(['farming'], topicsNamedIn('Keeps sheep on the hill and goes to the mart on Thursdays'))).toBe(true);
    expect(topicAllows(['farming'], topicsNamedIn('Looks after her mam and is doing A-levels'))).toBe(false);
  });
});

describe('the person’s words', () => {
  it('"cannot follow English on the phone" rules out phone services; money named in words is a cost barrier', () => {
    expect(reachFor(['language'], 'Cannot follow English on the phone and has no laptop.').phoneUse).toBe('none');
    expect(reachFor([], 'No money until his Universal Credit comes through.').costInWords).toBe(true);
    expect(reachFor([], 'Happy to pay a bit if needed.').costInWords).toBeUndefined();
    // A ticked cost barrier is not counted twice.
    expect(reachFor(['cost'], 'No money of her own.').costInWords).toBeUndefined();
  });

  it('a goal’s words: "phone company" is not company; a cost limit is not a money need; "somewhere to live" is housing', () => {
    expect(needsForGoal('stop the phone company ringing me')).toEqual(['money']);
    expect(needsForGoal("nothing that costs money, we're on half pay")).toEqual([]);
    expect(needsAllowedForGoal("nothing that costs money, we're on half pay", ['physical_health'])).toEqual(['physical_health']);
    expect(needsForGoal('find somewhere to live')).toEqual(['housing']);
    expect(needsForGoal('get my own place')).toEqual(['housing']);
  });
});

describe('terms from a vocabulary not seen before', () => {
  it('a code-only term falls back to the record’s own words; a two-part term is read part by part', () => {
    const rec = (id: string, name: string, description: string, term: { term: string; name: string }) => ({
      id,
      name,
      description,
      status: 'active',
      attributes: [{ id: `${id}-a`, link_type: 'category', taxonomy_term: { id: `${id}-t`, term: term.term, name: term.name, taxonomy: 'unseen' } }],
    });
    const r = importDirectoryDocument([
      rec('a', 'Tuesday Club', 'A weekly befriending call for older people who live alone.', { term: 'ZZ-01', name: 'ZZ-01' }),
      rec('b', 'Hillside Hub', 'Drop in for advice on debt and benefits.', { term: 'Q7', name: 'Seirbhísí › Comhairle' }),
    ]);
    expect(r.services.map((s) => s.needAreas)).toEqual([['loneliness'], ['money']]);
    expect(needsForTerm("Men's Health & Sheds")).toEqual(['loneliness', 'mental_wellbeing']);
    expect(needsForTerm('Gwaith › Dod o hyd i waith / Work › Finding work')).toEqual(['work_volunteering']);
  });
});

describe('service areas written the way councils and counties are', () => {
  const limited = (area: string) =>
    service({
      id: area,
      name: `${area} line`,
      description: 'x',
      needAreas: ['loneliness'],
      serviceAreas: [area],
      attendance: { inPerson: false, online: false, phone: true },
    });
  const pq = (homeAreas: string[]) => prepareQuery({ needs: ['loneliness'], text: '', barriers: [], homeAreas, location: { lat: 53.0, lon: -2.0 } });

  it('"County Glenshire", "Co. Glenshire" and "Glenshire District Council" all name Glenshire', () => {
    expect(areaCovers(limited('County Glenshire'), pq(['Inventon', 'Co. Glenshire']), undefined)).toBe('yes');
    expect(areaCovers(limited('Glenshire District Council'), pq(['Inventon', 'Glenshire']), undefined)).toBe('yes');
    expect(areaCovers(limited('County Glenshire'), pq(['Inventon', 'Co. Otherland']), undefined)).toBe('no');
  });

  it('"North Glenshire" is part of Glenshire, not all of it', () => {
    // An area the map cannot name, with no venue near the person: not theirs just because the county word matches.
    const s = { ...limited('North Glenshire'), serviceAreasNamed: false };
    expect(areaCovers(s, pq(['Inventon', 'Glenshire']), undefined)).toBe('no');
    expect(areaCovers(limited('Glenshire and Otherland'), pq(['Inventon', 'Otherland']), undefined)).toBe('yes');
  });
});

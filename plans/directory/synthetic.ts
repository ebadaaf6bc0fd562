import type { DirectoryService, Weekday } from './model';
import { WEEKDAYS, type CostBand } from './model';
import { UK_PLACES, type Place } from './synthetic-places';
import { mapNeedAreas } from './taxonomy-map';
import { seededRng } from '../../scripts/seeded-rng';

/**
 * Deterministic synthetic directories for tests and the benchmark: realistic enough that the
 * inverted index, the grid and the scorer see the same skew as real data (many services in
 * cities, common need areas, a minority of paid/remote/closed services). Same (n, seed) → same
 * list, on any machine. Phone numbers use Ofcom's drama range (01632 960xxx); e-mails example.org.
 */

interface Template {
  name: string;
  terms: string[];
  blurb: string;
  cost?: CostBand;
}

const TEMPLATES: Template[] = [
  { name: '{area} Befriending Network', terms: ['Befriending'], blurb: 'Volunteers visit or phone people who feel lonely or isolated for a weekly chat.' },
  {
    name: '{area} Lunch Club',
    terms: ['Lunch clubs', 'Social groups'],
    blurb: 'A hot meal and good company for older people, with a quiz and a natter.',
    cost: 'low',
  },
  { name: "{area} Men's Shed", terms: ["Men's sheds"], blurb: 'A workshop where men meet, make and mend things, shoulder to shoulder.' },
  { name: '{area} Bereavement Café', terms: ['Bereavement support'], blurb: 'A friendly drop-in for anyone grieving the death of someone close.' },
  {
    name: '{area} Money Advice',
    terms: ['Debt advice', 'Benefits advice'],
    blurb: 'Free confidential help with debts, benefits checks and budgeting.',
    cost: 'free',
  },
  {
    name: '{area} Housing Options',
    terms: ['Housing advice', 'Tenancy support'],
    blurb: 'Advice on rent arrears, repairs, landlords and finding a home.',
    cost: 'free',
  },
  { name: '{area} Carers Centre', terms: ['Carers support', 'Respite'], blurb: 'Information, breaks and peer groups for unpaid carers.' },
  {
    name: '{area} Chair-Based Exercise',
    terms: ['Chair based exercise', 'Falls prevention'],
    blurb: 'Gentle seated exercise to build strength and balance.',
    cost: 'low',
  },
  {
    name: '{area} Long-Term Conditions Group',
    terms: ['Long term conditions', 'Self management'],
    blurb: 'Peer support for living well with diabetes, COPD, arthritis or heart conditions.',
  },
  { name: '{area} Wellbeing Hub', terms: ['Mental wellbeing', 'Peer support'], blurb: 'Relaxed sessions on managing stress and low mood, with mindfulness.' },
  {
    name: '{area} Arts on Prescription',
    terms: ['Arts on prescription'],
    blurb: 'Creative sessions — painting, pottery, printmaking — to lift mood and meet others.',
  },
  { name: '{area} Volunteer Centre', terms: ['Volunteering'], blurb: 'Find a volunteering role that suits your skills and time.' },
  { name: '{area} Work Club', terms: ['Employment support'], blurb: 'Help with CVs, job searching and interview practice.', cost: 'free' },
  { name: '{area} Digital Skills Drop-in', terms: ['Digital skills'], blurb: 'Learn to use a tablet, smartphone or computer, and get online safely.' },
  { name: '{area} Walking Group', terms: ['Walking groups'], blurb: 'Short, friendly walks at an easy pace, finishing with a cuppa.', cost: 'free' },
  { name: '{area} Community Garden', terms: ['Gardening', 'Green social prescribing'], blurb: 'Grow vegetables and flowers together in the fresh air.' },
  { name: '{area} Leisure Centre Gym', terms: ['Gym', 'Physical activity'], blurb: 'Supervised gym and swimming sessions with an instructor.', cost: 'paid' },
  { name: '{area} Community Choir', terms: ['Music', 'Social groups'], blurb: 'Sing together for fun — no auditions, no experience needed.', cost: 'low' },
  { name: '{area} ESOL Conversation Café', terms: ['ESOL'], blurb: 'Practise everyday English conversation over tea with volunteers.' },
];

const INTERESTS = [
  'gardening',
  'knitting',
  'football',
  'cooking',
  'reading',
  'singing',
  'history',
  'crafts',
  'dominoes',
  'photography',
  'birdwatching',
  'cycling',
  'dancing',
  'baking',
  'woodwork',
  'painting',
  'swimming',
  'yoga',
  'tai chi',
  'board games',
];
const AREAS = ['Central', 'North', 'South', 'East', 'West', 'Riverside', 'Parkside', 'Hillside', 'Old Town', 'Green Lane', 'Millfield', 'Church Street'];
const VENUES = ["St Mark's Church Hall", 'Community Centre', 'Library', 'Methodist Hall', 'Leisure Centre', 'Neighbourhood Hub', 'Old Fire Station'];
const LANGS = ['Urdu', 'Punjabi', 'Polish', 'Bengali', 'Arabic', 'Somali', 'Romanian', 'Gujarati'];
const ADDRESSES = ['High Street', 'Church Road', 'Station Road', 'Park Lane', 'Mill Street', 'Victoria Road', 'Queen Street'];
const POSTCODE_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

export function generateSyntheticDirectory(n: number, seed = 1): DirectoryService[] {
  const rand = seededRng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const chance = (p: number) => rand() < p;
  const totalWeight = UK_PLACES.reduce((s, p) => s + p.weight, 0);
  const pickPlace = (): Place => {
    let r = rand() * totalWeight;
    for (const p of UK_PLACES) if ((r -= p.weight) < 0) return p;
    return UK_PLACES[0]!;
  };
  const out: DirectoryService[] = [];
  for (let i = 0; i < n; i++) {
    const place = pickPlace();
    const t = pick(TEMPLATES);
    const area = `${pick(AREAS)} ${place.town}`;
    const name = t.name.replace('{area}', area);
    const interests = [pick(INTERESTS), pick(INTERESTS)];
    const mode = rand();
    const attendance =
      mode < 0.75
        ? { inPerson: true, online: false, phone: false }
        : mode < 0.85
          ? { inPerson: true, online: true, phone: false }
          : mode < 0.95
            ? { inPerson: false, online: false, phone: true }
            : { inPerson: false, online: true, phone: false };
    const how = attendance.inPerson
      ? attendance.online
        ? 'Join us in person or online.'
        : 'Come along in person.'
      : attendance.phone
        ? 'Run by telephone.'
        : 'Run online by video.';
    const supportedFirstVisit = chance(0.2);
    const description = `${t.blurb} Activities include ${interests[0]} and ${interests[1]}. ${how}${supportedFirstVisit ? ' A volunteer can meet you on your first visit.' : ''}`;
    const c = rand();
    const cost: CostBand = t.cost && chance(0.7) ? t.cost : c < 0.55 ? 'free' : c < 0.75 ? 'low' : c < 0.9 ? 'paid' : 'unknown';
    const s = rand();
    const status = s < 0.92 ? 'active' : s < 0.95 ? 'temporarily closed' : s < 0.98 ? 'inactive' : 'defunct';
    const days: Weekday[] = [...new Set([pick(WEEKDAYS.slice(0, 5)), ...(chance(0.4) ? [pick(WEEKDAYS)] : [])])];
    const opensHour = 9 + Math.floor(rand() * 9);
    const district = pick(place.postcodeDistricts);
    const postcode = `${district} ${1 + Math.floor(rand() * 9)}${pick(POSTCODE_LETTERS.split(''))}${pick(POSTCODE_LETTERS.split(''))}`;
    const ageBand = rand();
    const mapped = mapNeedAreas(t.terms, `${name} ${t.terms.join(' ')} ${description}`);
    const svc: DirectoryService = {
      id: `syn-${seed}-${String(i).padStart(6, '0')}`,
      name,
      description,
      organisation: `${place.town} Community Trust`,
      status,
      needAreas: mapped.needAreas,
      needEvidence: mapped.needEvidence,
      taxonomyTerms: t.terms,
      cost,
      locations: attendance.inPerson
        ? [
            {
              name: `${pick(VENUES)}`,
              address: `${1 + Math.floor(rand() * 200)} ${pick(ADDRESSES)}`,
              town: place.town,
              postcode,
              lat: Math.round((place.lat + (rand() - 0.5) * 0.12) * 1e5) / 1e5,
              lon: Math.round((place.lon + (rand() - 0.5) * 0.18) * 1e5) / 1e5,
            },
          ]
        : [],
      attendance,
      supportedFirstVisit,
      accessibility: { wheelchair: attendance.inPerson && chance(0.6), hearingLoop: attendance.inPerson && chance(0.25), notes: [] },
      languages: chance(0.7) ? [] : chance(0.66) ? ['English'] : ['English', pick(LANGS)],
      schedules: days.map((day) => ({
        day,
        frequency: 'weekly' as const,
        opens: `${String(opensHour).padStart(2, '0')}:00`,
        closes: `${String(opensHour + 2).padStart(2, '0')}:00`,
      })),
      contact: { phone: `01632 960${String(Math.floor(rand() * 1000)).padStart(3, '0')}`, email: `hello${i}@example.org` },
      text: [name, `${place.town} Community Trust`, ...t.terms, description].join(' \n'),
    };
    if (ageBand < 0.1) {
      svc.minAge = 18;
      svc.maxAge = 25;
    } else if (ageBand < 0.2) svc.minAge = 50;
    else if (ageBand < 0.25) svc.minAge = 65;
    out.push(svc);
  }
  return out;
}

const WHAT_MATTERS = [
  'I miss my wife and want to get out of the house and meet people',
  'worried about bills and debts since losing my job',
  'I used to love gardening and walking with the dog',
  'caring for my mum is exhausting, I need a break',
  'want to get fitter after my heart attack, maybe swimming',
  'would like to learn to use a tablet to video call my grandchildren',
  'singing and crafts, anything creative really',
  'my landlord is threatening eviction',
  'feeling low and anxious, want someone to talk to',
  'want to volunteer and feel useful again',
];

/** Varied, deterministic queries around real places, for benchmarks over a synthetic directory. */
export function generateSyntheticQueries(n: number, seed = 2): import('./query').MatchQuery[] {
  const rand = seededRng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const needs = ['loneliness', 'bereavement', 'money', 'housing', 'caring', 'physical_health', 'mental_wellbeing', 'work_volunteering', 'activity'] as const;
  const barriers = ['cost', 'transport', 'mobility', 'hearing_sight', 'anxiety_new_places', 'language', 'digital', 'caring_duties'] as const;
  return Array.from({ length: n }, () => {
    const place = pick(UK_PLACES);
    const q: import('./query').MatchQuery = {
      needs: [...new Set([pick(needs), ...(rand() < 0.5 ? [pick(needs)] : [])])],
      text: pick(WHAT_MATTERS),
      barriers: [...new Set(Array.from({ length: Math.floor(rand() * 3) }, () => pick(barriers)))],
      location: { lat: place.lat + (rand() - 0.5) * 0.1, lon: place.lon + (rand() - 0.5) * 0.1 },
      age: 18 + Math.floor(rand() * 70),
    };
    if (rand() < 0.5) q.maxDistanceKm = 5 + Math.floor(rand() * 20);
    if (rand() < 0.2) q.day = pick(WEEKDAYS);
    if (rand() < 0.1) q.language = pick(LANGS);
    if (rand() < 0.1) q.requiresWheelchair = true;
    return q;
  });
}

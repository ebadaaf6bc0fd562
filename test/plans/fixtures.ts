import type { AnswerValue, AssessmentState } from '../../dialogs/engine/types';
import { completedState } from '../helpers/assessment-state';
import { directoryServiceSchema, type DirectoryService } from '../../plans/directory/model';

/**
 * A small fictional directory in real Leeds places (plus one in York, far away) and three
 * contrasting people. Built here rather than read from data-samples so these tests pin the
 * plan behaviour independently of the sample directory's contents.
 */
type ServiceInput = Partial<DirectoryService> & Pick<DirectoryService, 'id' | 'name' | 'description' | 'needAreas'>;

export function service(s: ServiceInput & { lat?: number; lon?: number; venue?: string; postcode?: string }): DirectoryService {
  const { lat, lon, venue, postcode, ...rest } = s;
  const base: DirectoryService = {
    status: 'active',
    needEvidence: {},
    taxonomyTerms: [],
    cost: 'free',
    locations: lat !== undefined && lon !== undefined ? [{ name: venue, town: 'Leeds', postcode, lat, lon }] : [],
    attendance: { inPerson: lat !== undefined, online: false, phone: false },
    supportedFirstVisit: false,
    accessibility: { wheelchair: false, hearingLoop: false, notes: [] },
    languages: [],
    schedules: [],
    contact: { phone: '0113 496 0000' },
    text: '',
    ...rest,
  };
  base.text = [base.name, base.organisation, base.taxonomyTerms.join(' '), base.description].filter(Boolean).join(' ');
  return directoryServiceSchema.parse(JSON.parse(JSON.stringify(base)));
}

export const DIRECTORY: DirectoryService[] = [
  service({
    id: 'walk-headingley',
    name: 'Headingley Health Walks',
    description: 'Gentle walking group for all abilities, followed by a cuppa. Walk leaders meet newcomers.',
    needAreas: ['activity', 'loneliness'],
    taxonomyTerms: ['walking'],
    lat: 53.8196,
    lon: -1.5787,
    venue: "St Michael's Church",
    postcode: 'LS6 3AW',
    supportedFirstVisit: true,
    schedules: [{ day: 'tuesday', opens: '10:00', closes: '11:30', frequency: 'weekly' }],
  }),
  service({
    id: 'allotment-meanwood',
    name: 'Meanwood Community Allotment',
    description: 'Grow vegetables with others on a shared allotment and garden. Tools provided.',
    needAreas: ['activity', 'loneliness', 'mental_wellbeing'],
    taxonomyTerms: ['gardening', 'allotment'],
    lat: 53.828,
    lon: -1.565,
    venue: 'Meanwood Valley Farm',
    postcode: 'LS7 2HU',
    accessibility: { wheelchair: true, hearingLoop: false, notes: [] },
    schedules: [{ day: 'wednesday', opens: '10:00', closes: '13:00', frequency: 'weekly' }],
  }),
  service({
    id: 'garden-club-paid',
    name: 'City Garden Club',
    description: 'Gardening and allotment talks and visits; membership fee.',
    needAreas: ['activity'],
    taxonomyTerms: ['gardening', 'allotment'],
    cost: 'paid',
    costNote: '£8 a session',
    lat: 53.797,
    lon: -1.548,
    venue: 'Civic Hall',
    postcode: 'LS1 1UR',
    accessibility: { wheelchair: true, hearingLoop: true, notes: [] },
    schedules: [{ day: 'monday', opens: '18:00', closes: '20:00', frequency: 'weekly' }],
  }),
  service({
    id: 'bereavement-circle',
    name: 'Leeds Bereavement Circle',
    description: 'Bereavement support group for people who have lost a husband, wife or partner.',
    needAreas: ['bereavement', 'loneliness'],
    taxonomyTerms: ['bereavement'],
    lat: 53.823,
    lon: -1.533,
    venue: 'Chapeltown Community Centre',
    postcode: 'LS7 3AB',
    supportedFirstVisit: true,
    accessibility: { wheelchair: true, hearingLoop: true, notes: [] },
    schedules: [{ day: 'thursday', opens: '14:00', closes: '15:30', frequency: 'weekly' }],
  }),
  service({
    id: 'money-line',
    name: 'Leeds Money Advice Line',
    description: 'Free, confidential advice on debt, benefits and budgeting by phone.',
    needAreas: ['money'],
    taxonomyTerms: ['debt advice', 'benefits'],
    attendance: { inPerson: false, online: false, phone: true },
    contact: { phone: '0113 496 0101' },
  }),
  service({
    id: 'fitness-paid',
    name: 'Pudsey Fitness Classes',
    description: 'Exercise classes and gym sessions.',
    needAreas: ['activity'],
    taxonomyTerms: ['exercise'],
    cost: 'paid',
    costNote: '£6 a class',
    lat: 53.795,
    lon: -1.665,
    venue: 'Pudsey Leisure Centre',
    postcode: 'LS28 7BE',
  }),
  service({
    id: 'volunteer-centre',
    name: 'Leeds Volunteer Centre',
    description: 'Find volunteering opportunities that suit you, in person or online.',
    needAreas: ['work_volunteering'],
    taxonomyTerms: ['volunteering'],
    attendance: { inPerson: true, online: true, phone: false },
    lat: 53.8,
    lon: -1.545,
    venue: 'Volunteer Centre',
    postcode: 'LS2 8BH',
    contact: { email: 'hello@volunteer.example', url: 'https://volunteer.example' },
  }),
  service({
    id: 'coffee-armley',
    name: 'Armley Coffee Morning',
    description: 'A friendly coffee morning to meet people and chat.',
    needAreas: ['loneliness'],
    taxonomyTerms: ['social group'],
    cost: 'low',
    costNote: '£1 for a drink',
    lat: 53.797,
    lon: -1.59,
    venue: 'Armley Library',
    postcode: 'LS12 3HA',
    accessibility: { wheelchair: true, hearingLoop: true, notes: [] },
    schedules: [{ day: 'friday', opens: '10:00', closes: '12:00', frequency: 'weekly' }],
  }),
  service({
    id: 'walk-otley',
    name: 'Otley Chevin Walkers',
    description: 'Friendly weekly walking group on the Chevin.',
    needAreas: ['activity', 'loneliness'],
    taxonomyTerms: ['walking'],
    lat: 53.905,
    lon: -1.692,
    venue: 'Otley Bus Station',
    postcode: 'LS21 3AE',
    schedules: [{ day: 'saturday', opens: '10:00', closes: '12:00', frequency: 'weekly' }],
  }),
  service({
    id: 'walk-york',
    name: 'York Riverside Walkers',
    description: 'Walking group by the river.',
    needAreas: ['activity', 'loneliness'],
    taxonomyTerms: ['walking'],
    lat: 53.959,
    lon: -1.0815,
    venue: 'Museum Gardens',
    postcode: 'YO1 7FR',
  }),
  service({
    id: 'mindful-steps',
    name: 'Mindful Steps',
    description: 'Calm and confidence course for low mood and worry, by phone or online.',
    needAreas: ['mental_wellbeing'],
    taxonomyTerms: ['wellbeing'],
    attendance: { inPerson: false, online: true, phone: true },
  }),
];

const MHLC_ITEMS = { internal: [1, 6, 8, 12, 13, 17], chance: [2, 4, 9, 11, 15, 16], powerfulOthers: [3, 5, 7, 10, 14, 18] } as const;

export function mhlcAnswers(levels: { internal: number; chance: number; powerfulOthers: number }): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const [k, items] of Object.entries(MHLC_ITEMS)) for (const n of items) out[`mhlc_a.${n}`] = levels[k as keyof typeof levels];
  return out;
}

export function assessment(id: string, answers: Record<string, AnswerValue>): AssessmentState {
  return completedState(id, answers);
}

/** Relies on others for health (Powerful Others high), money and nerves stand in the way. */
export const PERSON_STRUCTURED = assessment('a-structured', {
  'screen.outcome': 'accept',
  'wmtm.matters_most': 'Getting back to my allotment and not being stuck indoors',
  'wmtm.strengths': 'Good with plants, I like baking',
  'wmtm.worries': 'Money since my husband died',
  'needs.areas': ['loneliness', 'bereavement', 'activity'],
  'needs.barriers': ['cost', 'anxiety_new_places'],
  'needs.area_home': 'LS6',
  'goal.1': 'get back to gardening at an allotment',
  'goal.1.importance': 9,
  'goal.1.confidence': 6,
  'goal.2': 'meet others who have lost someone',
  'goal.2.importance': 7,
  'goal.2.confidence': 6,
  'hbm.barriers': 'The bus fare and I get nervous going somewhere new on my own',
  'hbm.cues': 'My sister phoning on Sundays',
  'hbm.self_efficacy': 'Fairly sure if someone came with me the first time',
  ...mhlcAnswers({ internal: 2, chance: 2, powerfulOthers: 6 }),
});

/** Sees health as in their own hands (Internal high), no barriers named, confident. */
export const PERSON_SELF_DIRECTED = assessment('a-self', {
  'screen.outcome': 'accept',
  'wmtm.matters_most': 'Keeping active and doing something useful since I retired',
  'wmtm.strengths': 'Organised, used to run a team',
  'needs.areas': ['activity', 'work_volunteering'],
  'needs.barriers': [],
  'needs.area_home': 'LS6',
  'goal.1': 'go walking every week',
  'goal.1.importance': 8,
  'goal.1.confidence': 9,
  'goal.2': 'find some volunteering',
  'goal.2.importance': 7,
  'goal.2.confidence': 8,
  'hbm.barriers': 'Nothing really',
  ...mhlcAnswers({ internal: 6, chance: 2, powerfulOthers: 2 }),
});

/** Neutral locus-of-control profile, low confidence about the goal. */
export const PERSON_LOW_CONFIDENCE = assessment('a-low', {
  'screen.outcome': 'accept',
  'wmtm.matters_most': 'Sorting out my money worries',
  'wmtm.worries': 'Letters about debts I cannot open',
  'needs.areas': ['money'],
  'needs.barriers': ['digital'],
  'needs.area_home': 'LS12',
  'goal.1': 'sort out my money',
  'goal.1.importance': 8,
  'goal.1.confidence': 3,
  'hbm.barriers': 'I keep putting it off and forget to ring',
  'hbm.cues': 'A note on the fridge',
  ...mhlcAnswers({ internal: 3, chance: 3, powerfulOthers: 3 }),
});

export const answersOf = (a: AssessmentState): Record<string, AnswerValue> => Object.fromEntries(Object.entries(a.answers).map(([k, v]) => [k, v.value]));

export const NOW = '2026-11-25T10:00:00.000Z';

/** A one-site loneliness group in a named town and region (for the place tests' small fictional directories). */
export const serviceAt = (id: string, town: string, postcode: string, lat: number, lon: number, region: string): DirectoryService => {
  const s = service({ id, name: `${id} group`, description: 'A friendly group.', needAreas: ['loneliness'], lat, lon, postcode });
  return { ...s, locations: [{ ...s.locations[0]!, town, region }] };
};

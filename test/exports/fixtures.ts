import type { AnswerValue, AssessmentState, SafeguardingConcern } from '../../dialogs/engine/types';
import { loadDefaultScript } from '../../dialogs/scripts/load';
import type { ConfirmedIdentity, ExportInput } from '../../exports/document';
import { planSchema, type Plan } from '../../plans/model';
import type { TurnReply } from '../../service/reply';
import type { Store } from '../../store/types';

/**
 * Hand-built fixtures: a completed default-script assessment (stored values, as the engine
 * records them) and an approved plan that passes planSchema. Free text is recognisably fake.
 */

export const NHS_NUMBER = '9434765919';
export const AT = '2026-03-02T10:15:00.000Z';
export const GENERATED_AT = '2026-03-09T14:30:00.000Z';

export const FULL_ANSWERS: Record<string, AnswerValue> = {
  'screen.reason': 'My GP thinks I am lonely since moving to Blue Parrot Lane',
  'screen.knew_referred': 'yes',
  'screen.consent': 'yes',
  'screen.cannot_meet': ['none'],
  'screen.outcome': 'accept',
  'consent.share': 'full',
  'context.referral_reason': 'loneliness',
  'context.referrer': 'gp',
  'context.contact_preference': 'phone',
  'context.adjustments': 'Large print letters please',
  'wmtm.matters_most': 'Getting back to my allotment and seeing my grandson Zephyrin',
  'wmtm.good_day': 'Out in the garden then tea with a neighbour',
  'wmtm.people': 'My grandson and my sister in Whitby',
  'wmtm.strengths': 'Good with plants, I like baking',
  'wmtm.worries': 'Money since my husband died',
  'needs.areas': ['loneliness', 'bereavement', 'money'],
  'needs.barriers': ['cost', 'transport'],
  'ons4.life_satisfaction': 4,
  'ons4.worthwhile': 5,
  'ons4.happiness': 6,
  'ons4.anxiety': 7,
  'ucla3.companionship': 3,
  'ucla3.left_out': 2,
  'ucla3.isolated': 3,
  'ucla3.direct': 'some_of_the_time',
  'loneliness.type': 'emotional',
  ...Object.fromEntries([5, 2, 4, 2, 5, 5, 3, 4, 2, 3, 2, 6, 5, 4, 1, 2, 6, 2].map((v, i) => [`mhlc_a.${i + 1}`, v])),
  'goal.1': 'get back to my allotment',
  'goal.1.importance': 9,
  'goal.1.confidence': 4,
  'goal.2': 'join a bereavement group',
  'goal.2.importance': 7,
  'goal.2.confidence': 6,
  'risk.status': 'no_known_risks',
};

export function makeState(answers: Record<string, AnswerValue> = FULL_ANSWERS, overrides: Partial<AssessmentState> = {}): AssessmentState {
  return {
    id: 'asm-0001',
    scriptId: 'what_matters_default',
    scriptVersion: 1,
    owner: 'lw-aad-0001',
    patient: { kind: 'nhs_number', value: NHS_NUMBER, masked: '*** *** 5919' },
    status: 'completed',
    mode: { kind: 'asking' },
    cursor: null,
    answers: Object.fromEntries(Object.entries(answers).map(([id, value], i) => [id, { value, at: AT, activityId: `a-${i}` }])),
    skipped: [],
    history: [],
    safeguarding: [],
    createdAt: AT,
    updatedAt: AT,
    completedAt: AT,
    ...overrides,
  };
}

export const PLAN: Plan = planSchema.parse({
  id: 'plan-0001',
  assessmentId: 'asm-0001',
  version: 3,
  status: 'approved',
  drafter: 'deterministic',
  strengths: ['Good with plants', 'Likes baking'],
  needsAndConcerns: ['Loneliness since bereavement', 'Worried about money'],
  goals: [
    {
      id: 'g1',
      text: 'get back to my allotment',
      importance: 9,
      actions: [
        {
          id: 'a1',
          what: 'Visit the Meanwood community allotment open morning',
          who: { kind: 'person' },
          when: 'Saturday 14 March',
          strategies: ['Link worker goes along the first time', 'Take the 28 bus'],
          status: 'not_started',
          confidence: 4,
          intention: { statement: 'I intend to go to the allotment open morning on Saturday 14 March', rating: 5 },
          supportedFirstAttendance: true,
        },
      ],
    },
    {
      id: 'g2',
      text: 'join a bereavement group',
      importance: 7,
      actions: [
        {
          id: 'a2',
          what: 'Refer to the Leeds Bereavement Forum drop-in',
          who: { kind: 'link_worker' },
          when: 'This week',
          strategies: [],
          status: 'in_progress',
          confidence: 6,
          intention: { statement: 'I intend to attend the drop-in in the next two weeks', rating: null },
          supportedFirstAttendance: false,
        },
      ],
    },
  ],
  barriers: [{ barrier: 'Cost of the bus', howAddressed: 'Apply for a concessionary bus pass' }],
  signposts: [{ serviceId: 'svc-cab', name: 'Citizens Advice Leeds', contact: '0113 000 0000', reasons: ['Money since bereavement'] }],
  referrals: [{ serviceId: 'svc-lbf', name: 'Leeds Bereavement Forum', contact: 'lbf.example.org', reasons: ['Bereavement'] }],
  supportStyle: ['Prefers to plan steps herself'],
  noActionsRequired: false,
  reviewDate: '2026-06-01',
  approvedBy: 'lw-aad-0001',
  approvedByName: 'Sam Patel',
  approvedAt: '2026-03-09T12:00:00.000Z',
  edits: [],
});

export const SCRIPT = loadDefaultScript();

/** As the link worker confirmed them at export (fictional person, the NHS's published test number). */
export const IDENTITY: ConfirmedIdentity = {
  family: 'Okonkwo-Reid',
  given: ['Marian', 'Joy'],
  birthDate: '1948-11-03',
  confirmedBy: 'lw-aad-0001',
  confirmedAt: '2026-03-09T14:29:00.000Z',
};
export const AUTHOR = { name: 'Sam Patel', role: 'Social prescribing link worker' };
export const FHIR_BASE = 'https://fhir.leedsnorth-sp.org.uk';

/** The assessment's export slot once the link worker has confirmed identity and sender in chat. */
export const CONFIRMED = {
  identity: { ...IDENTITY, nhsNumber: NHS_NUMBER },
  author: { ...AUTHOR, userId: 'lw-aad-0001' },
  sends: [],
};

export function makeInput(overrides: Partial<ExportInput> = {}): ExportInput {
  return {
    state: makeState(),
    plan: PLAN,
    script: SCRIPT,
    sessions: [{ date: '2026-03-02', method: 'face_to_face', minutes: 60, summary: 'Assessment at the surgery' }],
    practice: { name: 'Meanwood Health Centre', odsCode: 'B86999' },
    serviceName: 'Leeds North Social Prescribing',
    service: { odsCode: 'DXX01', phone: '0113 496 0000', email: 'leedsnorth.sp@nhs.net' },
    identity: IDENTITY,
    author: AUTHOR,
    fhirBaseUri: FHIR_BASE,
    exportId: 'exp-fixture-0001',
    generatedAt: GENERATED_AT,
    ...overrides,
  };
}

/** Markup that must come out literally in every format. */
export const HOSTILE = {
  matters: '<script>alert(1)</script> **bold** |table| & "quotes"',
  goal: '<img src=x onerror=alert(2)> get out more',
};

/** Stores `state` as the conversation's open assessment, as an earlier committed turn would have (new or updated). */
export async function seedOpen(store: Store, state: AssessmentState, conversationId: string, activityId: string): Promise<void> {
  const existing = await store.getAssessment(state.id);
  const conv = await store.getConversation(conversationId);
  await store.commitTurn({
    conversationId,
    activityId,
    conversation: { value: { activeAssessmentId: state.id, awaitingPatientRef: false }, expectedVersion: conv?.version ?? null },
    assessment: { value: state, expectedVersion: existing?.version ?? null },
    events: [],
    reply: { payload: {} },
  });
}

/** Every line of text in a reply, in order (cards contribute their text line). */
export const replyText = (r: TurnReply): string => r.items.map((i) => ('text' in i ? i.text : '')).join('\n');

/** Two decided safeguarding flags: domestic abuse confirmed (with its action) and a suicide flag dismissed. */
export const decidedFlags = (confirmedNote: string, dismissedNote: string): SafeguardingConcern[] => [
  {
    categories: ['domestic_abuse'],
    quote: 'q',
    questionId: 'wmtm.worries',
    flaggedAt: '2026-03-02T10:00:00Z',
    decision: 'confirmed',
    note: confirmedNote,
    decidedAt: '2026-03-02T10:05:00Z',
    decidedBy: 'lw',
  },
  {
    categories: ['suicide'],
    quote: 'q',
    questionId: null,
    flaggedAt: '2026-03-02T10:00:00Z',
    decision: 'dismissed',
    note: dismissedNote,
    decidedAt: '2026-03-02T10:06:00Z',
    decidedBy: 'lw',
  },
];

/**
 * Deterministic demo dataset for the service report (issue 10): 240 referrals in 2026 across
 * five link workers, plus three 2025 referrals and some cancelled starts that the report must
 * leave out. No randomness: every value is arithmetic on the person's index i (0–239), so tests
 * can restate these rules and check the report's numbers independently.
 *
 *   created        2026-01-01 + i days, 10:00Z (completed 11:00Z)
 *   worker         i < 236 → W[i % 4] (A–D); i ≥ 236 → W[4] (a small caseload, to exercise suppression)
 *   screening      i % 80 = 79 → not screened yet (active); else i % 10 = 0 → decline; i % 10 = 5 → redirect; else accept
 *   referrer       i % 60 = 7 → self; else [gp, gp, practice_nurse, hospital, social_care, vcse][i % 6]
 *   reason         weighted seeded pick (loneliness and low mood most common), see traits() below
 *   practice etc.  traits(i): seeded per person (seededRng(DEMO_SEED + i)) — referring practice ODS code (8%
 *                  missing, some typed in lower case), age band, gender, ethnic category (each skipped by some),
 *                  and the days from referral received (the record's start) to first contact
 *   needs          NEEDS[i % 9], plus loneliness when i % 3 = 0 (if not already)
 *   barriers       by i % 7: cost | transport + anxiety_new_places | none | digital | mobility | cost + transport | caring_duties;
 *                  plus language for i ∈ {13, 26, 39}
 *   ONS4 baseline  life_satisfaction 2 + i%5, worthwhile 3 + i%4, happiness 2 + i%6, anxiety 5 + i%5
 *   UCLA baseline  companionship 1 + i%3, left_out 1 + (i+1)%3, isolated 1 + 2·(i%2); direct DIRECT[i % 3]
 *   goals          goal.1 GOALS[i % 5] (importance 8, confidence 3 + i%4); goal.2 for even i (importance 6, confidence 5)
 *   sessions       2 + i%6, +2 for worker C (index 2), exactly 1 for worker E; first at created + lag(i) days
 *                  (lag 2–60, seeded, mean about 11), then weekly;
 *                  above the cap (6): one 'extension' decision for the extra; exactly at the cap and even i: 'planned_exit'
 *   plan           accepted and i % 4 ≠ 3: signposts 1 + i%3, referrals 1 when i % 4 = 0
 *   review         accepted and i % 3 ≠ 2: completed at created + 56 days, kind discharge for even i else review;
 *                  i % 12 = 1 also has an earlier review at + 28 days with the baseline scores unchanged
 *                  d = DELTA[worker] = [3, 1, 0, 1, 2]; j = 1 when i % 3 = 0 else 0
 *                  life_satisfaction + d − j, worthwhile + d, happiness + i%2, anxiety − d,
 *                  each UCLA item − 1 (not below 1) when d > 0; goal.1.progress PROGRESS[i % 4],
 *                  goal.1.confidence = min(10, baseline + 2) unless no longer relevant; goal.2 'partly', confidence 6
 *   safeguarding   i % 37 = 1 → one confirmed concern; i % 53 = 2 → one dismissed flag (on the baseline)
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { localDevKeyring } from '../service/keys';
import { createStore } from '../store/create-store';
import type { Store } from '../store/types';
import type { AnswerValue, AssessmentState, SafeguardingConcern } from '../dialogs/engine/types';
import type { Plan } from '../plans/model';
import type { SessionsSlot } from '../service/features/sessions';
import type { ReviewLink } from '../reports/review-link';
import { seededRng } from './seeded-rng';

export const DEMO_PEOPLE = 240;
export const DEMO_WORKERS = ['aad-demo-worker-a', 'aad-demo-worker-b', 'aad-demo-worker-c', 'aad-demo-worker-d', 'aad-demo-worker-e'];
const REFERRERS = ['gp', 'gp', 'practice_nurse', 'hospital', 'social_care', 'vcse'];
const REASONS = ['loneliness', 'bereavement', 'money', 'housing', 'caring', 'long_term_condition', 'mental_wellbeing', 'other'];
const NEEDS = ['loneliness', 'bereavement', 'money', 'housing', 'caring', 'physical_health', 'mental_wellbeing', 'work_volunteering', 'activity'];
const BARRIERS: string[][] = [['cost'], ['transport', 'anxiety_new_places'], [], ['digital'], ['mobility'], ['cost', 'transport'], ['caring_duties']];
const DIRECT = ['often_always', 'some_of_the_time', 'occasionally'];
const GOALS = ['join a walking group', 'get back to gardening', 'sort out my money worries', 'see my friends more often', 'go to a craft class'];
const PROGRESS = ['achieved', 'partly', 'not_yet', 'no_longer_relevant'];
const DELTA = [3, 1, 0, 1, 2];

const DEMO_SEED = 2026_0020;
/** The demo practices (fictional ODS-style codes, Z prefix) and their PCNs: see reports/practice-pcn.sample.csv. */
export const DEMO_PRACTICES = ['Z00001', 'Z00002', 'Z00003', 'Z00004', 'Z00005', 'Z00006', 'Z00007', 'Z00008', 'Z00009'];
const PRACTICE_WEIGHTS = [18, 15, 14, 12, 11, 10, 8, 4, 2];
const REASON_WEIGHTS = [24, 10, 14, 8, 7, 12, 20, 5];
const AGE_BANDS = ['under_18', 'age_18_24', 'age_25_34', 'age_35_44', 'age_45_54', 'age_55_64', 'age_65_74', 'age_75_84', 'age_85_plus', 'not_stated'];
const AGE_WEIGHTS = [1, 6, 10, 12, 15, 16, 16, 13, 5, 4];
const SEXES = ['female', 'male', 'indeterminate', 'not_stated'];
const SEX_WEIGHTS = [58, 38, 1, 3];
const ETHNIC = [
  'a_white_british',
  'b_white_irish',
  'c_white_other',
  'd_mixed_white_black_caribbean',
  'e_mixed_white_black_african',
  'f_mixed_white_asian',
  'g_mixed_other',
  'h_asian_indian',
  'j_asian_pakistani',
  'k_asian_bangladeshi',
  'l_asian_other',
  'm_black_caribbean',
  'n_black_african',
  'p_black_other',
  'r_chinese',
  's_other',
  'z_not_stated',
];
const ETHNIC_WEIGHTS = [70, 2, 5, 1, 0.5, 1, 0.5, 4, 5, 1.5, 1.5, 1.5, 2.5, 0.5, 1, 1.5, 3];

function pick<T>(rng: () => number, values: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = rng() * total;
  for (let k = 0; k < values.length; k++) {
    x -= weights[k]!;
    if (x < 0) return values[k]!;
  }
  return values[values.length - 1]!;
}

export interface DemoTraits {
  reason: string;
  /** As typed by the link worker (sometimes lower case); null when not on the referral. */
  practice: string | null;
  ageBand: string | null;
  sex: string | null;
  ethnicity: string | null;
  /** Days from the referral received (the record's start) to the first contact. */
  lag: number;
}

/** Seeded per person, so adding a trait never changes another person's data. */
export function traits(i: number): DemoTraits {
  const rng = seededRng(DEMO_SEED + i);
  const reason = pick(rng, REASONS, REASON_WEIGHTS);
  const practice = rng() < 0.08 ? null : pick(rng, DEMO_PRACTICES, PRACTICE_WEIGHTS);
  const typed = practice && rng() < 0.15 ? practice.toLowerCase() : practice;
  const ageBand = rng() < 0.1 ? null : pick(rng, AGE_BANDS, AGE_WEIGHTS);
  const sex = rng() < 0.08 ? null : pick(rng, SEXES, SEX_WEIGHTS);
  const ethnicity = rng() < 0.1 ? null : pick(rng, ETHNIC, ETHNIC_WEIGHTS);
  const lag = Math.min(60, 2 + Math.floor(-Math.log(1 - rng()) * 9));
  return { reason, practice: typed, ageBand, sex, ethnicity, lag };
}

const day0 = Date.UTC(2026, 0, 1);
export const demoDate = (i: number, plusDays = 0): string => new Date(day0 + (i + plusDays) * 86_400_000).toISOString().slice(0, 10);
export const demoWorkerIndex = (i: number): number => (i < 236 ? i % 4 : 4);

function answers(values: Record<string, AnswerValue>, at: string, activity: string): AssessmentState['answers'] {
  return Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value, at, activityId: activity }]));
}

function shell(id: string, i: number, owner: string, date: string, scriptId: string): AssessmentState {
  return {
    id,
    scriptId,
    scriptVersion: 1,
    owner,
    patient: { kind: 'local', value: `DEMO-${String(i).padStart(4, '0')}`, masked: `DE***${String(i).padStart(4, '0').slice(-2)}` },
    status: 'completed',
    mode: { kind: 'review' },
    cursor: null,
    answers: {},
    skipped: [],
    history: [],
    safeguarding: [],
    createdAt: `${date}T10:00:00.000Z`,
    updatedAt: `${date}T11:00:00.000Z`,
    completedAt: `${date}T11:00:00.000Z`,
  };
}

function concern(decision: 'confirmed' | 'dismissed', date: string, owner: string): SafeguardingConcern {
  return {
    categories: ['adult_at_risk'],
    quote: '(demo)',
    questionId: 'wmtm.worries',
    flaggedAt: `${date}T10:30:00.000Z`,
    decision,
    note: 'demo',
    decidedAt: `${date}T10:31:00.000Z`,
    decidedBy: owner,
  };
}

function sessionsFor(i: number, w: number, date: (plus: number) => string, owner: string): SessionsSlot {
  const used = w === 4 ? 1 : 2 + (i % 6) + (w === 2 ? 2 : 0);
  const lag = traits(i).lag;
  const contacts = Array.from({ length: used }, (_, k) => ({
    date: date(lag + 7 * k),
    method: 'phone' as const,
    minutes: 30,
    summary: 'demo contact',
    by: owner,
  }));
  const reviews: SessionsSlot['reviews'] = [];
  if (used > 6)
    reviews.push({ at: `${date(42)}T12:00:00.000Z`, by: owner, decision: 'extension', extraSessions: used - 6, detail: 'demo: agreed with manager' });
  else if (used === 6 && i % 2 === 0) reviews.push({ at: `${date(42)}T12:00:00.000Z`, by: owner, decision: 'planned_exit', extraSessions: 0, detail: 'demo' });
  return { contacts, reviews };
}

function planFor(i: number, id: string, date: string): Plan {
  const link = (k: number) => ({ serviceId: `svc-${k}`, name: `Demo service ${k}`, contact: '0113 000 0000', reasons: ['demo'] });
  return {
    id: `plan-${id}`,
    assessmentId: id,
    version: 1,
    status: 'approved',
    drafter: 'deterministic',
    strengths: ['demo'],
    needsAndConcerns: ['demo'],
    goals: [],
    barriers: [],
    signposts: Array.from({ length: 1 + (i % 3) }, (_, k) => link(k)),
    referrals: i % 4 === 0 ? [link(9)] : [],
    supportStyle: [],
    noActionsRequired: false,
    reviewDate: date,
    edits: [],
  };
}

function review(i: number, base: AssessmentState, plusDays: number, kind: ReviewLink['kind'], changed: boolean): AssessmentState {
  const date = demoDate(i, plusDays);
  const r = shell(`demo-${i}-review-${plusDays}`, i, base.owner, date, 'what_matters_review');
  const b = (k: string) => Number(base.answers[k]!.value);
  const d = changed ? DELTA[demoWorkerIndex(i)]! : 0;
  const j = changed && i % 3 === 0 ? 1 : 0;
  const lessLonely = (k: string) => (d > 0 ? Math.max(1, b(k) - 1) : b(k));
  const values: Record<string, AnswerValue> = {
    'review.consent': 'yes',
    'ons4.life_satisfaction': b('ons4.life_satisfaction') + d - j,
    'ons4.worthwhile': b('ons4.worthwhile') + d,
    'ons4.happiness': b('ons4.happiness') + (changed ? i % 2 : 0),
    'ons4.anxiety': b('ons4.anxiety') - d,
    'ucla3.companionship': lessLonely('ucla3.companionship'),
    'ucla3.left_out': lessLonely('ucla3.left_out'),
    'ucla3.isolated': lessLonely('ucla3.isolated'),
    'ucla3.direct': base.answers['ucla3.direct']!.value,
    'goal.1.progress': PROGRESS[i % 4]!,
    'risk.status': 'no_known_risks',
  };
  if (PROGRESS[i % 4] !== 'no_longer_relevant') values['goal.1.confidence'] = Math.min(10, b('goal.1.confidence') + 2);
  if (base.answers['goal.2']) Object.assign(values, { 'goal.2.progress': 'partly', 'goal.2.confidence': 6 });
  const prefilled = ['goal.1', 'goal.2'].filter((k) => base.answers[k]);
  r.answers = {
    ...answers(values, `${date}T10:30:00.000Z`, 'demo'),
    ...answers(Object.fromEntries(prefilled.map((k) => [k, base.answers[k]!.value])), `${date}T10:00:00.000Z`, `prefill:${base.id}`),
  };
  r.features = { review: { kind, baselineId: base.id, prefilled, startedAt: r.createdAt } satisfies ReviewLink };
  return r;
}

function person(i: number): AssessmentState[] {
  const w = demoWorkerIndex(i);
  const owner = DEMO_WORKERS[w]!;
  const date = (plus = 0) => demoDate(i, plus);
  const a = shell(`demo-${i}`, i, owner, date(), 'what_matters_default');
  const values: Record<string, AnswerValue> = { 'screen.reason': 'demo' };
  const notScreened = i % 80 === 79;
  const outcome = i % 10 === 0 ? 'decline' : i % 10 === 5 ? 'redirect' : 'accept';
  if (notScreened) {
    Object.assign(a, { status: 'active', mode: { kind: 'asking' }, cursor: 'screen.knew_referred' });
    delete a.completedAt;
  } else values['screen.outcome'] = outcome;
  if (i % 37 === 1) a.safeguarding.push(concern('confirmed', date(), owner));
  if (i % 53 === 2) a.safeguarding.push(concern('dismissed', date(), owner));
  const out = [a];
  if (!notScreened && outcome === 'accept') {
    const t = traits(i);
    const needs = [NEEDS[i % 9]!];
    if (i % 3 === 0 && !needs.includes('loneliness')) needs.push('loneliness');
    Object.assign(values, {
      'context.referrer': i % 60 === 7 ? 'self' : REFERRERS[i % 6]!,
      'context.referral_reason': t.reason,
      'needs.areas': needs,
      'needs.barriers': [...BARRIERS[i % 7]!, ...([13, 26, 39].includes(i) ? ['language'] : [])],
      'ons4.life_satisfaction': 2 + (i % 5),
      'ons4.worthwhile': 3 + (i % 4),
      'ons4.happiness': 2 + (i % 6),
      'ons4.anxiety': 5 + (i % 5),
      'ucla3.companionship': 1 + (i % 3),
      'ucla3.left_out': 1 + ((i + 1) % 3),
      'ucla3.isolated': 1 + 2 * (i % 2),
      'ucla3.direct': DIRECT[i % 3]!,
      'goal.1': GOALS[i % 5]!,
      'goal.1.importance': 8,
      'goal.1.confidence': 3 + (i % 4),
      'risk.status': 'no_known_risks',
    });
    // Optional questions: a skipped one has no answer at all, as in a real assessment.
    const optional: Array<[string, string | null]> = [
      ['screen.practice_ods', t.practice],
      ['about.age_band', t.ageBand],
      ['about.sex', t.sex],
      ['about.ethnicity', t.ethnicity],
    ];
    for (const [q, v] of optional) if (v !== null) values[q] = v;
    if (i % 2 === 0) Object.assign(values, { 'goal.2': 'feel less alone in the evenings', 'goal.2.importance': 6, 'goal.2.confidence': 5 });
    a.features = { sessions: sessionsFor(i, w, date, owner), ...(i % 4 !== 3 ? { plan: planFor(i, a.id, date(14)) } : {}) };
  }
  a.answers = answers(values, `${date()}T10:30:00.000Z`, 'demo');
  if (!notScreened && outcome === 'accept' && i % 3 !== 2) {
    if (i % 12 === 1) out.push(review(i, a, 28, 'review', false));
    out.push(review(i, a, 56, i % 2 === 0 ? 'discharge' : 'review', true));
  }
  return out;
}

/** Referrals the report must ignore: three from December 2025 and cancelled starts. */
function distractors(): AssessmentState[] {
  const prior = [0, 1, 2].map((k) => {
    const a = shell(`demo-2025-${k}`, 900 + k, DEMO_WORKERS[k]!, `2025-12-2${k}`, 'what_matters_default');
    a.answers = answers({ 'screen.outcome': 'accept', 'context.referrer': 'gp' }, a.createdAt, 'demo');
    return a;
  });
  const cancelled = [3, 43, 83].map((i) => ({
    ...shell(`demo-cancelled-${i}`, 800 + i, DEMO_WORKERS[i % 4]!, demoDate(i), 'what_matters_default'),
    status: 'cancelled' as const,
  }));
  return [...prior, ...cancelled];
}

export function seedDemoAssessments(): AssessmentState[] {
  return [...Array.from({ length: DEMO_PEOPLE }, (_, i) => person(i)).flat(), ...distractors()];
}

/** Writes the dataset through the real store (one turn commit per assessment, as the bot would). */
export async function seedStore(store: Store, assessments = seedDemoAssessments()): Promise<number> {
  for (const a of assessments) {
    const r = await store.commitTurn({
      conversationId: `demo-seed-${a.id}`,
      activityId: 'demo-seed',
      conversation: { value: { activeAssessmentId: a.id, awaitingPatientRef: false }, expectedVersion: null },
      assessment: { value: a, expectedVersion: null },
      events: [],
      reply: { payload: null },
    });
    if (r !== 'committed') throw new Error(`Seeding ${a.id} failed (${r}); seed an empty data directory.`);
  }
  return assessments.length;
}

/** `npx tsx scripts/seed-demo.ts [--data-dir data-demo]`: fills a local SQLite store for demos. */
async function main(): Promise<void> {
  const i = process.argv.indexOf('--data-dir');
  const dir = i > 0 ? process.argv[i + 1] : 'data-demo';
  if (!dir) throw new Error('--data-dir needs a directory');
  mkdirSync(dir, { recursive: true });
  const store = createStore({ sqlitePath: join(dir, 'wma.sqlite'), encryptionKeys: localDevKeyring(dir) });
  await store.init();
  try {
    const n = await seedStore(store);
    console.log(`Seeded ${n} demo assessments into ${dir}/wma.sqlite (${DEMO_PEOPLE} referrals in 2026).`);
  } finally {
    await store.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();

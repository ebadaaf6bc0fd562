import { buildInsight } from '../../dialogs/insight';
import type { AssessmentState, PatientRef, Prompt } from '../../dialogs/engine/types';
import { ukDateTime } from '../../plans/uk-time';
import { reviewLinkOf } from '../../reports/review-link';
import type { Store } from '../../store/types';
import type { Feature, FeatureContext, FeatureResult } from '../features';
import type { ReplyItem } from '../reply';
import { attendanceItems } from './attendance';
import { planItem, readStoredPlan } from './plan';
import { previousCompleted } from './previous-assessment';

/**
 * Moving between people. `people` lists everyone the link worker has assessed (only their own
 * records), each person's assessments numbered; `open *** 5919`, `open 2` or `open 2.1` reopens
 * one — its insight, plan and what can be exported — so a completed person is never out of reach.
 * `start` for someone already known says so instead of silently beginning again.
 */
const notice = (text: string, tone: 'info' | 'warning' = 'info'): Prompt => ({ kind: 'notice', text, tone });

export interface Person {
  patient: PatientRef;
  /** Oldest first. */
  assessments: AssessmentState[];
}

const when = (a: AssessmentState) => a.completedAt ?? a.updatedAt;
const day = (iso: string) => ukDateTime(iso).replace(/, \d\d:\d\d.*$/, '');

export async function peopleOf(store: Store, owner: string): Promise<Person[]> {
  const mine = (await store.listAssessments({ owner })).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const byRef = new Map<string, Person>();
  for (const a of mine) {
    const key = `${a.patient.kind}:${a.patient.value}`;
    const p = byRef.get(key) ?? { patient: a.patient, assessments: [] };
    p.assessments.push(a);
    byRef.set(key, p);
  }
  // Most recently touched person first: the one just seen is the one most likely wanted.
  return [...byRef.values()].sort((x, y) => when(y.assessments.at(-1)!).localeCompare(when(x.assessments.at(-1)!)));
}

/** "review, completed 1 Dec 2026 · plan approved v3" */
export function assessmentLine(a: AssessmentState): string {
  const kind = reviewLinkOf(a) ? `${reviewLinkOf(a)!.kind}` : 'assessment';
  const status = a.status === 'completed' ? `completed ${day(when(a))}` : `${a.status}, started ${day(a.createdAt)}`;
  const plan = readStoredPlan(a);
  const planText = plan.kind === 'ok' ? ` · plan ${plan.plan.status === 'approved' ? `approved v${plan.plan.version}` : `draft v${plan.plan.version}`}` : '';
  return `${kind}, ${status}${planText}`;
}

function listText(people: Person[], currentId: string | null): string {
  if (people.length === 0) return 'You have not assessed anyone yet. Type `start` followed by the NHS number or a local reference.';
  const lines = people.flatMap((p, i) => [
    `${i + 1}. ${p.patient.masked}`,
    ...p.assessments.map((a, j) => `   ${i + 1}.${j + 1} ${assessmentLine(a)}${a.id === currentId ? ' (open now)' : ''}`),
  ]);
  return ['People you have assessed:', ...lines, 'Type `open 1` (latest for that person), `open 1.2`, or `open *** 5919`.'].join('\n');
}

/** The person and assessment an `open …` refers to, or a message saying why not. */
export function pickToOpen(people: Person[], ref: string): { person: Person; assessment: AssessmentState } | string {
  const t = ref.trim();
  const latest = (p: Person) => [...p.assessments].reverse().find((a) => a.status === 'completed') ?? p.assessments.at(-1)!;
  const numbered = /^(\d{1,3})(?:\.(\d{1,3}))?$/.exec(t);
  if (numbered) {
    const person = people[Number(numbered[1]) - 1];
    if (!person) return `There is no person ${numbered[1]} in your list. Type \`people\` to see it.`;
    if (!numbered[2]) return { person, assessment: latest(person) };
    const assessment = person.assessments[Number(numbered[2]) - 1];
    return assessment ? { person, assessment } : `${person.patient.masked} has no assessment ${numbered[2]}. Type \`people\` to see the list.`;
  }
  const digits = t.replace(/[\s*]/g, '');
  const hits = people.filter((p) =>
    /^\d{4}$/.test(digits)
      ? p.patient.value.endsWith(digits)
      : p.patient.value.replace(/\s/g, '').toLowerCase() === digits.toLowerCase() || p.patient.masked === t,
  );
  if (hits.length === 1) return { person: hits[0]!, assessment: latest(hits[0]!) };
  if (hits.length > 1) return `More than one person matches “${t.slice(0, 20)}”. Type \`people\` and open one by number.`;
  return `Nobody in your list matches “${t.slice(0, 20)}”. Type \`people\` to see who you have assessed.`;
}

export async function openItems(ctx: FeatureContext, a: AssessmentState): Promise<ReplyItem[]> {
  if (a.status !== 'completed')
    return [
      notice(
        `Opened the ${assessmentLine(a)} for ${a.patient.masked}. Type \`resume\` to carry on${a.status === 'paused' ? '' : ' (or just answer)'}, or \`status\`.`,
      ),
    ];
  const items: ReplyItem[] = [notice(`Opened ${a.patient.masked}: ${assessmentLine(a)}.`)];
  items.push({ kind: 'feature', feature: 'insight', data: buildInsight(a, await previousCompleted(ctx.store, a)), text: `Insight for ${a.patient.masked}` });
  const plan = readStoredPlan(a);
  if (plan.kind === 'ok') items.push(planItem(plan.plan, a));
  items.push(...attendanceItems(a, ctx.now)); // "did they go?" for first dates now passed (issue 21)
  const exportable = plan.kind === 'ok' && plan.plan.status === 'approved';
  items.push(
    notice(
      exportable
        ? 'The plan is approved: `export` gives the GP summary, letter and FHIR bundle. `review` starts a progress review.'
        : 'Type `plan` to review and `approve` the plan before it can be exported; `review` starts a progress review.',
    ),
  );
  return items;
}

const OPEN_REF = /^open\s+(\d{1,3}(\.\d{1,3})?|(\*{3}\s*){1,2}\d{4}|\d{4}|\d{3}\s?\d{3}\s?\d{4}|[a-z]{1,4}[-\s]?\d{2,8}|[a-z]{2}\*+\d{2})$/i;

export const peopleFeature: Feature = {
  name: 'people',
  help: '`people` lists everyone you have assessed; `open *** 5919` (or `open 2`) reopens their insight, plan and exports.',
  select(input) {
    // `open` takes only something shaped like a reference, so an answer such as "open spaces
    // and parks" is still an answer.
    return input.kind === 'text' && (/^(people|clients)$/i.test(input.text) || OPEN_REF.test(input.text));
  },
  async handle(input, ctx): Promise<FeatureResult> {
    const people = await peopleOf(ctx.store, ctx.userId);
    const text = input.kind === 'text' ? input.text : '';
    const open = /^open\s+(.+)$/i.exec(text);
    if (!open) return { items: [notice(listText(people, ctx.conversation.activeAssessmentId))] };
    const picked = pickToOpen(people, open[1]!);
    if (typeof picked === 'string') return { items: [notice(picked, 'warning')] };
    return {
      conversation: { ...ctx.conversation, activeAssessmentId: picked.assessment.id, awaitingPatientRef: false },
      items: await openItems(ctx, picked.assessment),
    };
  },
};

/** `start new 943…` / `start again …` begins a new assessment even for someone already known. */
export function forcedStart(ref: string): { ref: string; force: boolean } {
  const m = /^(?:new|again|anyway)\s+(.+)$/i.exec(ref.trim());
  return m ? { ref: m[1]!, force: true } : { ref, force: false };
}

/**
 * What to say when `start` names someone this link worker already knows, or null to start.
 * It stops the start when the person has a completed assessment (offer `open` and `review`) or
 * when the assessment open in this conversation is theirs (offer `resume`). An unfinished one
 * elsewhere does not stop it: in Teams a link worker has one chat with the bot, so that only
 * happens with several test conversations, and `assessments` still lists it.
 */
export async function knownPersonNotice(store: Store, owner: string, patient: PatientRef, currentAssessmentId: string | null): Promise<string | null> {
  const people = await peopleOf(store, owner);
  const index = people.findIndex((p) => p.patient.kind === patient.kind && p.patient.value === patient.value);
  const person = people[index];
  if (!person) return null;
  const completed = person.assessments.some((a) => a.status === 'completed');
  const here = person.assessments.find((a) => a.id === currentAssessmentId && (a.status === 'active' || a.status === 'paused'));
  if (!completed && !here) return null;
  const unfinished = await unfinishedOf(store, owner);
  const open = unfinished.findIndex((a) => a.patient.kind === patient.kind && a.patient.value === patient.value);
  const history = person.assessments.map((a, j) => `${index + 1}.${j + 1} ${assessmentLine(a)}`).join('; ');
  const options = [
    ...(here ? ['`resume` to carry on the one open here'] : open >= 0 ? [`\`resume ${open + 1}\` to carry on the unfinished one`] : []),
    ...(completed ? [`\`open ${index + 1}\` to see their insight, plan and exports, then \`review\` for a progress review`] : []),
    '`start new` followed by the same number or reference to begin a full new assessment anyway',
  ];
  return `You already know ${person.patient.masked}: ${history}.\nType ${options.join(', or ')}.`;
}

async function unfinishedOf(store: Store, owner: string): Promise<AssessmentState[]> {
  return (await store.listAssessments({ owner }))
    .filter((a) => a.status === 'active' || a.status === 'paused')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

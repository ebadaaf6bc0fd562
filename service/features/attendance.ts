import { notice } from '../../dialogs/engine/notice';
import type { AssessmentState } from '../../dialogs/engine/types';
import type { Plan, ResourceLink } from '../../plans/model';
import { answeredSinceDateSet, attendanceOf, planOf } from '../../reminders/due';
import { londonDate } from '../../reminders/london-time';
import { ATTENDANCE_OUTCOMES, type AttendanceEntry, type AttendanceOutcome, type AttendanceSlot, type LinkKind } from '../../store/documents/attendance';
import type { AttendanceCardData } from '../feature-prompts';
import type { Feature, FeatureContext, FeatureResult, FeatureInput } from '../features';
import type { ReplyItem } from '../reply';
import { writeSlot } from './slots';

/**
 * "Did they go?" (issue 21, point 3) and the agreed follow-up. The link worker records a
 * referral's or signpost's first date (`first date referral 1 12/12/2026`); once it has passed
 * the bot asks — in the morning reminder and when the person is opened — whether the person
 * attended, did not, not yet, or declined, by button or typed words. `follow up <date>` sets the
 * next agreed contact, which is reminded on its morning. Records live in `features.attendance`.
 */
export const OUTCOME_LABEL: Record<AttendanceOutcome, string> = {
  attended: 'Attended',
  did_not_attend: 'Did not attend',
  not_yet: 'Not yet',
  declined: 'Declined',
};
const OUTCOME_WORDS: Array<[RegExp, AttendanceOutcome]> = [
  [/^(attended|went|yes they went|they went)$/i, 'attended'],
  [/^(did not( attend| go)?|didn'?t( attend| go)?|dna|no show)$/i, 'did_not_attend'],
  [/^(not yet)$/i, 'not_yet'],
  [/^(declined|refused)$/i, 'declined'],
];
const OUTCOME_PATTERN = "attended|went|did not attend|did not go|did not|didn'?t attend|didn'?t go|didn'?t|dna|no show|not yet|declined|refused";
const LINKED = new RegExp(`^(?:(referral|signpost)\\s+(\\d{1,2})\\s+(${OUTCOME_PATTERN})|(${OUTCOME_PATTERN})\\s+(referral|signpost)\\s+(\\d{1,2}))$`, 'i');
const BARE = new RegExp(`^(${OUTCOME_PATTERN})$`, 'i');
const FIRST_DATE = /^first\s+date\s+(referral|signpost)\s+(\d{1,2})\s+(\S+)$/i;
const FOLLOW_UP = /^(?:follow[\s-]?up|next\s+contact)\s+(\S+)$/i;
const EMPTY: AttendanceSlot = { entries: [] };

const outcomeOf = (word: string): AttendanceOutcome | null => OUTCOME_WORDS.find(([re]) => re.test(word.trim()))?.[1] ?? null;
const linksOf = (plan: Plan, kind: LinkKind): ResourceLink[] => (kind === 'referral' ? plan.referrals : plan.signposts);

/** "12/12/2026", "12/12/26" or "2026-12-12" → "2026-12-12", or null when it is not a real date. */
export function parseDay(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text);
  const [y, m, d] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : uk
      ? [Number(uk[3]!.length === 2 ? `20${uk[3]}` : uk[3]), Number(uk[2]), Number(uk[1])]
      : [0, 0, 0];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (!y || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** The first-date-passed, unanswered questions of an assessment's plan, numbered as the plan card numbers them. */
export function attendanceQuestions(state: AssessmentState, now: string): AttendanceCardData['questions'] {
  const plan = planOf(state);
  if (!plan) return [];
  const today = londonDate(now);
  return (attendanceOf(state)?.entries ?? []).flatMap((e) => {
    const index = linksOf(plan, e.link).findIndex((l) => l.serviceId === e.serviceId);
    if (index < 0 || e.firstDate >= today || answeredSinceDateSet(e)) return [];
    return [{ link: e.link, index: index + 1, serviceId: e.serviceId, name: linksOf(plan, e.link)[index]!.name, firstDate: e.firstDate }];
  });
}

/** The "Did they go?" card for an assessment, or nothing when no first date has passed unanswered. */
export function attendanceItems(state: AssessmentState, now: string): ReplyItem[] {
  const questions = attendanceQuestions(state, now);
  if (!questions.length) return [];
  const text = `Did they go? ${questions.map((q) => `${q.name} (${q.link} ${q.index}, first date ${q.firstDate})`).join('; ')} — answer \`${questions[0]!.link} ${questions[0]!.index} attended\`, \`did not\`, \`not yet\` or \`declined\`.`;
  return [{ kind: 'feature', feature: 'attendance', data: { assessmentId: state.id, questions }, text }];
}

function record(ctx: FeatureContext, state: AssessmentState, kind: LinkKind, serviceId: string, outcome: AttendanceOutcome): FeatureResult {
  const plan = planOf(state)!;
  const slot = attendanceOf(state) ?? EMPTY;
  const entry = slot.entries.find((e) => e.link === kind && e.serviceId === serviceId);
  const index = linksOf(plan, kind).findIndex((l) => l.serviceId === serviceId);
  if (!entry || index < 0)
    return { items: [notice(`No first date is recorded for that ${kind}; set one with \`first date ${kind} <number> <date>\`.`, 'warning')] };
  const next: AttendanceEntry = { ...entry, answers: [...entry.answers, { outcome, at: ctx.now, by: ctx.userId }].slice(-50) };
  const slotNext = { ...slot, entries: slot.entries.map((e) => (e === entry ? next : e)) };
  const name = linksOf(plan, kind)[index]!.name;
  const tail = outcome === 'not_yet' ? ` Set a new date with \`first date ${kind} ${index + 1} <date>\` and I will ask again after it.` : '';
  return {
    items: [notice(`Recorded for ${state.patient.masked}: ${name} (${kind} ${index + 1}) — ${OUTCOME_LABEL[outcome]}.${tail}`)],
    assessment: writeSlot(state, 'attendance', slotNext, ctx.now),
  };
}

function setFirstDate(ctx: FeatureContext, state: AssessmentState, kind: LinkKind, n: number, dayText: string): FeatureResult {
  const plan = planOf(state)!;
  const link = linksOf(plan, kind)[n - 1];
  if (!link) return { items: [notice(`The plan has no ${kind} ${n} (it has ${linksOf(plan, kind).length}). Type \`plan\` to see the numbers.`, 'warning')] };
  const day = parseDay(dayText);
  if (!day)
    return {
      items: [notice(`“${dayText.slice(0, 40)}” is not a date I can read. Use day/month/year, e.g. \`first date ${kind} ${n} 12/12/2026\`.`, 'warning')],
    };
  const slot = attendanceOf(state) ?? EMPTY;
  const old = slot.entries.find((e) => e.link === kind && e.serviceId === link.serviceId);
  const entry: AttendanceEntry = { link: kind, serviceId: link.serviceId, firstDate: day, setAt: ctx.now, setBy: ctx.userId, answers: old?.answers ?? [] };
  const entries = old ? slot.entries.map((e) => (e === old ? entry : e)) : [...slot.entries, entry];
  return {
    items: [notice(`First date for ${link.name} (${kind} ${n}) recorded: ${day}. The morning after it, I will ask whether they went.`)],
    assessment: writeSlot(state, 'attendance', { ...slot, entries }, ctx.now),
  };
}

function setFollowUp(ctx: FeatureContext, state: AssessmentState, dayText: string): FeatureResult {
  const day = parseDay(dayText);
  if (!day) return { items: [notice(`“${dayText.slice(0, 40)}” is not a date I can read. Use day/month/year, e.g. \`follow up 12/12/2026\`.`, 'warning')] };
  const slot = attendanceOf(state) ?? EMPTY;
  return {
    items: [notice(`Follow-up with ${state.patient.masked} agreed for ${day}; I will remind you that morning.`)],
    assessment: writeSlot(state, 'attendance', { ...slot, followUp: { date: day, setAt: ctx.now, setBy: ctx.userId } }, ctx.now),
  };
}

async function fromCard(ctx: FeatureContext, args: Record<string, unknown>): Promise<FeatureResult> {
  const { assessmentId, link, serviceId, outcome } = args;
  const valid =
    typeof assessmentId === 'string' &&
    (link === 'referral' || link === 'signpost') &&
    typeof serviceId === 'string' &&
    ATTENDANCE_OUTCOMES.includes(outcome as AttendanceOutcome);
  if (!valid) return { items: [notice('That button was not understood, so nothing was recorded.', 'warning')] };
  const open = ctx.assessment;
  if (open?.id === assessmentId)
    return planOf(open)
      ? record(ctx, open, link, serviceId, outcome as AttendanceOutcome)
      : { items: [notice('This assessment has no plan, so nothing was recorded.', 'warning')] };
  // A reminder's button for a person not open now: open them and ask again, so the answer is
  // recorded on the right record, seen with its masked reference (one more click, nothing guessed).
  const target = (await ctx.store.getAssessment(assessmentId))?.value;
  if (!target || target.owner !== ctx.userId)
    return { items: [notice('That person could not be found among your records, so nothing was recorded.', 'warning')] };
  const items = attendanceItems(target, ctx.now);
  return {
    conversation: { ...ctx.conversation, activeAssessmentId: target.id, awaitingPatientRef: false },
    items: [
      notice(`Opened ${target.patient.masked}. Nothing recorded yet — please answer again here.`),
      ...(items.length ? items : [notice('Nothing is waiting for an answer for this person.')]),
    ],
  };
}

function selects(input: FeatureInput, ctx: FeatureContext): boolean {
  if (input.kind === 'card') return input.name === 'attendance';
  const a = ctx.assessment;
  if (!a || !planOf(a)) return false;
  const t = input.text.trim();
  if (FIRST_DATE.test(t) || FOLLOW_UP.test(t) || LINKED.test(t) || /^(attendance|did they go\??)$/i.test(t)) return true;
  // A bare "attended" answers the one open question — only after the assessment, never an answer inside it.
  return a.status === 'completed' && BARE.test(t) && attendanceQuestions(a, ctx.now).length === 1;
}

export const attendanceFeature: Feature = {
  name: 'attendance',
  help: '`first date referral 1 12/12/2026` (or signpost) — I ask "did they go?" after it: `referral 1 attended`, `did not`, `not yet`, `declined`; `follow up 12/12/2026` reminds you that morning.',
  select: selects,
  async handle(input, ctx) {
    if (input.kind === 'card') return fromCard(ctx, input.args);
    const state = ctx.assessment!;
    const t = input.text.trim();
    const first = FIRST_DATE.exec(t);
    if (first) return setFirstDate(ctx, state, first[1]!.toLowerCase() as LinkKind, Number(first[2]), first[3]!);
    const follow = FOLLOW_UP.exec(t);
    if (follow) return setFollowUp(ctx, state, follow[1]!);
    const linked = LINKED.exec(t);
    if (linked) {
      const kind = (linked[1] ?? linked[5])!.toLowerCase() as LinkKind;
      const n = Number(linked[2] ?? linked[6]);
      const link = linksOf(planOf(state)!, kind)[n - 1];
      if (!link) return { items: [notice(`The plan has no ${kind} ${n}. Type \`plan\` to see the numbers.`, 'warning')] };
      return record(ctx, state, kind, link.serviceId, outcomeOf(linked[3] ?? linked[4]!)!);
    }
    const only = attendanceQuestions(state, ctx.now);
    if (BARE.test(t) && only.length === 1) return record(ctx, state, only[0]!.link, only[0]!.serviceId, outcomeOf(t)!);
    const items = attendanceItems(state, ctx.now);
    return { items: items.length ? items : [notice('No first date has passed without an answer. Set one with `first date referral 1 <date>`.')] };
  },
};

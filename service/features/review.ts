import { notice } from '../../dialogs/engine/notice';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startAssessment } from '../../dialogs/engine/start';
import type { AnswerValue, AssessmentState } from '../../dialogs/engine/types';
import { readChoice } from '../../dialogs/scoring/read-answers';
import { REVIEW_SLOT, reviewLinkOf, type ReviewLink } from '../../reports/review-link';
import type { Store } from '../../store/types';
import type { ScriptRegistry } from '../script-registry';
import type { Feature, FeatureContext, FeatureResult } from '../features';
import { writeSlot } from './slots';
import { baselineOf, progressItems } from './progress';
import { GOAL_IDS, QUESTION } from '../../dialogs/question-ids';
import { closureOf, DISCHARGE_REASONS, DISCHARGE_SLOT, parseDischarge, REASON_CHOICES, type DischargeRecord } from '../../reports/caseload/discharge';

/**
 * `review` / `discharge`: a short review assessment for the current person — ONS4 and UCLA-3
 * again (by instrument id, so the wording is locked and identical) and progress and confidence
 * for each baseline goal — linked to the baseline in `features.review`. On completion the
 * progress card is shown. The review script is data: dialogs/scripts/review.yaml.
 */
export const REVIEW_SCRIPT_PATH = fileURLToPath(new URL('../../dialogs/scripts/review.yaml', import.meta.url));

/** Publishes the shipped review script as version 1 on first use (like the default) and returns the latest published. */
export async function latestReviewScript(registry: ScriptRegistry, now: string) {
  const id = await registry.ensurePublished(readFileSync(REVIEW_SCRIPT_PATH, 'utf8'), now, 'progress review script installed');
  return registry.latestPublished(id);
}

async function reviewInProgress(store: Store, baseline: AssessmentState): Promise<AssessmentState | undefined> {
  const open = await store.listAssessments({ owner: baseline.owner });
  return open.find((a) => (a.status === 'active' || a.status === 'paused') && reviewLinkOf(a)?.baselineId === baseline.id);
}

async function startReview(ctx: FeatureContext, kind: ReviewLink['kind']): Promise<FeatureResult> {
  const current = ctx.assessment!;
  const baseline = await baselineOf(ctx.store, current);
  if (!baseline) return { items: [notice('The first assessment for this person could not be found, so a review cannot be linked to it.', 'warning')] };
  if (readChoice(baseline.answers, QUESTION.screenOutcome) !== 'accept')
    return {
      items: [
        notice(
          `The first assessment for ${baseline.patient.masked} ended at screening, so there are no outcome measures to review. To close their caseload entry type \`discharge <reason>\` (${REASON_CHOICES}).`,
          'warning',
        ),
      ],
    };
  const open = await reviewInProgress(ctx.store, baseline);
  if (open) return { items: [notice(`A review for ${baseline.patient.masked} is already in progress; type \`assessments\` to resume it.`, 'warning')] };
  const script = await latestReviewScript(ctx.scripts, ctx.now);
  if (!script) return { items: [notice('No review script is published; ask your manager to publish one.', 'warning')] };
  // Goal texts are copied, not asked again: the review asks about them in the person's own words.
  const goals: Record<string, AnswerValue> = {};
  for (const id of GOAL_IDS) {
    const v = baseline.answers[id]?.value;
    if (typeof v === 'string' && v.trim() !== '') goals[id] = v;
  }
  const r = startAssessment(script.compiled, {
    id: ctx.newId(),
    owner: ctx.userId,
    patient: baseline.patient,
    scriptVersion: script.version,
    now: ctx.now,
    prefill: { from: baseline.id, answers: goals },
  });
  const link: ReviewLink = { kind, baselineId: baseline.id, prefilled: Object.keys(goals), startedAt: ctx.now };
  const review = writeSlot(r.state, REVIEW_SLOT, link, ctx.now);
  const what = kind === 'discharge' ? 'Discharge review' : 'Progress review';
  return {
    items: [
      notice(
        `${what} for ${baseline.patient.masked}, compared with the first assessment of ${(baseline.completedAt ?? baseline.createdAt).slice(0, 10)}: wellbeing, loneliness and ${Object.keys(goals).length} goal(s). The first assessment is kept as it was.`,
      ),
      ...r.prompts.filter((p) => p.kind !== 'notice'),
    ],
    conversation: { ...ctx.conversation, activeAssessmentId: review.id, awaitingPatientRef: false },
    assessment: review,
    events: r.events,
  };
}

/**
 * `discharge <reason> [note]` closes the person's caseload entry: the reason (a fixed list) and
 * note are kept in the open assessment's `discharge` slot with who and when. Bad input changes
 * nothing. A later assessment or review of the person reopens the entry (reports/caseload/discharge.ts).
 */
async function recordDischarge(ctx: FeatureContext, rest: string): Promise<FeatureResult> {
  const current = ctx.assessment;
  if (!current) return { items: [notice('Open the person first (`caseload`, then Open, or `open *** 5919`), then type `discharge <reason>`.', 'warning')] };
  const parsed = parseDischarge(rest);
  if (!parsed.ok) return { items: [notice(parsed.message, 'warning')] };
  const theirs = (await ctx.store.listAssessments({ owner: current.owner }))
    .filter((a) => a.id !== current.id && a.patient.value === current.patient.value)
    .concat(current);
  const closed = closureOf(theirs, ctx.now);
  if (closed)
    return {
      items: [notice(`${current.patient.masked} was already discharged on ${closed.at.slice(0, 10)} (${closed.label}), so nothing was changed.`, 'warning')],
    };
  const record: DischargeRecord = {
    at: ctx.now,
    by: ctx.userId,
    ...(ctx.userName ? { byName: ctx.userName.slice(0, 200) } : {}),
    reason: parsed.reason,
    note: parsed.note,
  };
  return {
    items: [
      notice(
        `Discharged ${current.patient.masked}: ${DISCHARGE_REASONS[parsed.reason].label}${parsed.note ? ', with your note' : ''}. Their caseload entry is closed; a new assessment or \`review\` reopens it.`,
      ),
    ],
    assessment: writeSlot(current, DISCHARGE_SLOT, record, ctx.now),
  };
}

const DISCHARGE_WITH_REASON = /^discharge\s+(\S.*)$/is;

export const reviewFeature: Feature = {
  name: 'review',
  help: '`review` (or `discharge`) after a completed assessment starts a short review of the outcome measures and goals; `discharge <reason>` closes the caseload entry; `progress` shows the progress card.',
  // Only once the current assessment is complete: while one is in progress `review` keeps its
  // engine meaning (show the answers so far).
  select(input, ctx) {
    if (input.kind !== 'text') return false;
    const reason = DISCHARGE_WITH_REASON.exec(input.text);
    // During an assessment "discharge …" may be an answer: only a valid reason is taken then.
    if (reason) return ctx.assessment?.status !== 'active' || parseDischarge(reason[1]!).ok;
    return ctx.assessment?.status === 'completed' && /^(review|discharge)$/i.test(input.text);
  },
  handle(input, ctx) {
    const reason = input.kind === 'text' ? DISCHARGE_WITH_REASON.exec(input.text) : null;
    if (reason) return recordDischarge(ctx, reason[1]!);
    const kind = input.kind === 'text' && /^discharge$/i.test(input.text) ? 'discharge' : 'review';
    return startReview(ctx, kind);
  },
  async onCompleted(ctx) {
    const done = ctx.assessment;
    if (!done || !reviewLinkOf(done)) return { items: [] };
    const items = await progressItems(ctx, done);
    if (reviewLinkOf(done)!.kind === 'discharge')
      items.push(notice(`To close ${done.patient.masked}'s caseload entry, type \`discharge <reason>\` (${REASON_CHOICES}).`));
    return { items };
  },
};

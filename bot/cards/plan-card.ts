import type { Plan, PlanAction, ResourceLink } from '../../plans/model';
import { TPB_LABEL, TPB_RATING_HELP } from '../../plans/intention';
import { editLine, ownerLabel, PROGRESS_LABEL, statusLine } from '../../plans/plan-text';
import { planCardDataSchema, type PlanCardData } from '../../service/feature-prompts';
import type { TurnReply } from '../../service/reply';
import type { ConfirmedConcern } from '../../dialogs/safeguarding';
import { confirmedConcernsBlock } from './safeguarding-card';
import {
  adaptiveCard,
  featureButton,
  escapeMarkdown,
  facts,
  header,
  submit,
  subtle,
  text,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './card-kit';

/**
 * The care and support plan card (Adaptive Card 1.5): numbered goals and actions (the numbers
 * the typed commands use), barriers, referrals apart from signposts, review date, and the TPB
 * label. Everything the person said is escaped so it cannot restyle the card.
 */
const e = escapeMarkdown;
const heading = (value: string): CardElement => text(value, { weight: 'Bolder', spacing: 'Medium' });

function actionBlock(a: PlanAction, ref: string): CardElement[] {
  const bits = [
    `Who: ${e(ownerLabel(a.who))}`,
    `When: ${e(a.when)}`,
    a.confidence === null ? 'Confidence: to rate' : `Confidence: ${a.confidence}/10`,
    ...(a.supportedFirstAttendance ? ['Supported first attendance'] : []),
    ...(a.status !== 'not_started' ? [`Status: ${a.status.replace(/_/g, ' ')}`] : []),
  ];
  const rating = a.intention.rating === null ? 'not yet rated' : `${a.intention.rating}/7`;
  return [
    text(`**${ref}** ${e(a.what)}`, { spacing: 'Small' }),
    subtle(bits.join(' · ')),
    ...(a.strategies.length ? [subtle(a.strategies.map((s) => `• ${e(s)}`).join('\n'))] : []),
    text(`_“${e(a.intention.statement)}”_ — intention ${rating}`, { size: 'Small', spacing: 'None' }),
  ];
}

type Attendance = NonNullable<PlanCardData['attendance']>;
const OUTCOME_WORDS = { attended: 'Attended', did_not_attend: 'Did not attend', not_yet: 'Not yet', declined: 'Declined' } as const;

/** "First session 12 Dec 2026 · Attended" under a referral or signpost, when a first date is set (issue 21). */
function attendanceLine(kind: 'referral' | 'signpost', r: ResourceLink, attendance: Attendance): string {
  const a = attendance.find((x) => x.link === kind && x.serviceId === r.serviceId);
  if (!a) return '';
  return `\nFirst session ${a.firstDate} · ${a.outcome ? `Did they go? ${OUTCOME_WORDS[a.outcome]}` : 'Did they go? not yet asked'}`;
}

function links(title: string, note: string, items: ResourceLink[], attendance: Attendance = []): CardElement[] {
  const kind = title === 'Referrals' ? 'referral' : 'signpost';
  return [
    heading(title),
    subtle(note),
    ...(items.length
      ? items.map((r) =>
          text(
            `**${e(r.name)}** — ${e(r.contact)}${r.reasons.length ? `\n${e(r.reasons.slice(0, 3).join('; '))}` : ''}${attendanceLine(kind, r, attendance)}`,
            { size: 'Small' },
          ),
        )
      : [subtle('None.')]),
  ];
}

function goalBlock(plan: Plan, i: number): CardElement {
  const g = plan.goals[i]!;
  const importance = g.importance === null ? 'Importance: not rated' : `Importance: ${g.importance}/10`;
  return {
    type: 'Container',
    style: 'emphasis',
    spacing: 'Medium',
    items: [
      text(`**Goal ${i + 1}:** ${e(g.text)}`),
      subtle(g.progress ? `${importance} · At review: ${PROGRESS_LABEL[g.progress]}` : importance),
      ...(g.actions.length ? g.actions.flatMap((a, j) => actionBlock(a, `${i + 1}.${j + 1}`)) : [subtle(`No actions yet — \`add action ${i + 1} …\``)]),
    ],
  };
}

function planActions(plan: Plan, assessmentId: string): CardAction[] {
  const data = (command: string) => featureButton('plan', { command, version: plan.version }, assessmentId);
  return plan.status === 'approved'
    ? [submit('Redraft', data('redraft'))]
    : [submit('Approve plan', data('approve'), 'positive'), submit('Redraft', data('redraft'))];
}

/** "3 goals · 5 actions · 1 referral · 2 signposts" — recounted from the plan itself, every time. */
export function planCounts(plan: Plan): string {
  const n = (k: number, one: string) => `${k} ${one}${k === 1 ? '' : 's'}`;
  const actions = plan.goals.reduce((k, g) => k + g.actions.length, 0);
  return [n(plan.goals.length, 'goal'), n(actions, 'action'), n(plan.referrals.length, 'referral'), n(plan.signposts.length, 'signpost')].join(' · ');
}

/**
 * After an edit, only what changed: the edited goals and/or the service lists, the counts and the
 * approve button. The whole card (often 2,000 pixels) is for `plan`.
 */
export function renderPlanChangeCard(
  plan: Plan,
  assessmentId: string,
  patient: string | null,
  focus: { goals: number[]; links: boolean },
  attendance: Attendance = [],
): AdaptiveCard {
  const body: CardElement[] = [
    header(null, patient),
    text('Care and support plan — what changed', { size: 'Medium', weight: 'Bolder' }),
    text(e(statusLine(plan)), { color: plan.status === 'approved' ? 'Good' : 'Warning', size: 'Small' }),
    ...focus.goals.filter((i) => i < plan.goals.length).map((i) => goalBlock(plan, i)),
  ];
  if (focus.links) {
    if (plan.barriers.length) body.push(heading('Barriers and how they are addressed'), facts(plan.barriers.map((b) => [e(b.barrier), e(b.howAddressed)])));
    body.push(
      ...links('Referrals', 'The link worker refers and arranges the first contact.', plan.referrals, attendance),
      ...links('Signposts', 'Contact details given to the person — signposting is not a referral.', plan.signposts, attendance),
    );
  }
  if (!focus.links && focus.goals.length === 0) body.push(subtle('Nothing else changed.'));
  body.push(subtle(`Now: ${planCounts(plan)}. Type \`plan\` to see the whole plan.`));
  return adaptiveCard(body, planActions(plan, assessmentId));
}

export function renderPlanCard(
  plan: Plan,
  assessmentId: string,
  patient: string | null,
  concerns?: ConfirmedConcern[],
  attendance: Attendance = [],
): AdaptiveCard {
  const body: CardElement[] = [
    header(null, patient),
    ...confirmedConcernsBlock(concerns, 'plan'),
    text('Care and support plan', { size: 'Large', weight: 'Bolder' }),
    text(e(statusLine(plan)), { color: plan.status === 'approved' ? 'Good' : 'Warning', size: 'Small' }),
    ...(plan.narrative ? [text(e(plan.narrative))] : []),
  ];
  const bullets = (lines: string[]) => lines.map((s) => `• ${e(s)}`).join('\n');
  if (plan.strengths.length) body.push(heading('Strengths'), text(bullets(plan.strengths), { size: 'Small' }));
  if (plan.needsAndConcerns.length) body.push(heading('Needs and concerns'), text(bullets(plan.needsAndConcerns), { size: 'Small' }));
  if (plan.supportStyle.length) body.push(heading('Support style'), subtle(bullets(plan.supportStyle)));
  body.push(heading('Goals and actions'));
  if (plan.noActionsRequired) body.push(text('**No actions required.**'));
  plan.goals.forEach((_g, i) => body.push(goalBlock(plan, i)));
  body.push(subtle(`Intention statements: ${TPB_LABEL}. Rated ${TPB_RATING_HELP}.`));
  if (plan.barriers.length) body.push(heading('Barriers and how they are addressed'), facts(plan.barriers.map((b) => [e(b.barrier), e(b.howAddressed)])));
  body.push(
    ...links('Referrals', 'The link worker refers and arranges the first contact.', plan.referrals, attendance),
    ...links('Signposts', 'Contact details given to the person — signposting is not a referral.', plan.signposts, attendance),
    facts([['Review date', plan.reviewDate]]),
  );
  body.push(subtle(planCounts(plan)));
  if (plan.edits.length) body.push(subtle(`${plan.edits.length} recorded change(s); last: ${e(editLine(plan.edits[plan.edits.length - 1]!))}`));
  body.push(
    subtle(
      'Edit by typing, e.g. `edit goal 1 …`, `edit action 1.2 …`, `remove action 1.2`, `remove referral 1`, ' +
        '`find carers Bath`, `rate 1.1 6` — `help plan` lists all.',
    ),
  );
  return adaptiveCard(body, planActions(plan, assessmentId));
}

/** For plan data not checked yet: untrusted until parsed. */
export function renderPlanFeatureCard(data: unknown, reply: TurnReply): AdaptiveCard | null {
  const d = planCardDataSchema.safeParse(data);
  return d.success ? drawPlanFeatureCard(d.data, reply) : null;
}

/**
 * The feature-card table's entry (bot/feature-cards.ts): renderFeatureCard has just parsed the
 * whole prompt, this data included, with the same planCardDataSchema (FEATURE_PROMPT_SCHEMAS.plan),
 * so it is not parsed a second time. What it buys (issue 22, s22e): the plan is the largest data a
 * reply carries, and the second parse was about half of a plan card's rendering time.
 */
export function drawPlanFeatureCard(data: PlanCardData, reply: TurnReply): AdaptiveCard {
  const { plan, assessmentId, focus, safeguarding, attendance } = data;
  if (focus) return renderPlanChangeCard(plan, assessmentId, reply.patient, focus, attendance);
  return renderPlanCard(plan, assessmentId, reply.patient, safeguarding, attendance);
}

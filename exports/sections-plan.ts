import type { ActionOwner, Plan, PlanAction, ResourceLink } from '../plans/model';
import type { ExportDocument } from './document';
import { ukDateTime } from '../plans/uk-time';
import { cleanFreeText } from './document';
import { bullet, line, type Line, type Section } from './layout';

/** The PRSB "plan and requested actions" and "care and support plan" content, in that order. */

export const STATUS_LABELS: Record<PlanAction['status'], string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
  no_longer_needed: 'No longer needed',
};

export function ownerLabel(who: ActionOwner): string {
  if (who.kind === 'person') return 'The person';
  if (who.kind === 'link_worker') return 'Link worker';
  return cleanFreeText(who.name);
}

/** "a; b; c" — without doubling up when an item already ends in punctuation ("a.; b"). */
export function joinItems(items: string[]): string {
  return items.map((s, i) => (i < items.length - 1 && !/[.!?;:]$/.test(s) ? `${s};` : s)).join(' ');
}

function actionLines(a: PlanAction): Line[] {
  const facts = [`Who: ${ownerLabel(a.who)}`, `When: ${cleanFreeText(a.when)}`, `Status: ${STATUS_LABELS[a.status]}`];
  if (a.confidence !== null) facts.push(`Confidence: ${a.confidence}/10`);
  const lines: Line[] = [bullet(cleanFreeText(a.what), 1), line(`${facts.join('. ')}.`, 2)];
  if (a.strategies.length) lines.push(line(`Strategies: ${joinItems(a.strategies.map(cleanFreeText))}`, 2));
  if (a.supportedFirstAttendance) lines.push(line('The link worker will go along the first time.', 2));
  const rating = a.intention.rating === null ? 'not yet rated' : `${a.intention.rating}/7`;
  lines.push(line(`Intention: "${cleanFreeText(a.intention.statement)}" (${rating}; TPB-informed, not a validated scale)`, 2));
  return lines;
}

/**
 * The drafter's narrative opens "Draft plan: ..."; once the link worker has approved the plan it
 * is the agreed plan, and a GP reading "draft" would rightly wonder whether anything was agreed.
 */
export function agreedNarrative(plan: Plan): string | null {
  if (!plan.narrative) return null;
  const text = cleanFreeText(plan.narrative);
  return plan.status === 'approved' ? text.replace(/^Draft plan\b/, 'Agreed plan') : text;
}

/**
 * "approved by Sam Patel on 1 Dec 2026, 11:50 GMT": the approver's display name and England's
 * local time, never the Entra object id or a UTC timestamp — a GP reads who agreed the plan.
 * A plan approved before names were recorded says so rather than naming no one silently.
 */
export function approvalWords(plan: Plan): string {
  const who = plan.approvedByName ? `by ${cleanFreeText(plan.approvedByName)}` : "(approver's name not recorded)";
  return `approved ${who}${plan.approvedAt ? ` on ${ukDateTime(plan.approvedAt)}` : ''}`;
}

export function planSection(plan: Plan): Section {
  const lines: Line[] = [];
  if (plan.status === 'approved') lines.push(line(`Agreed with the person; version ${plan.version} ${approvalWords(plan)}.`));
  const narrative = agreedNarrative(plan);
  if (narrative) lines.push(line(narrative));
  if (plan.noActionsRequired || plan.goals.every((g) => g.actions.length === 0)) lines.push(line('No actions required.'));
  plan.goals.forEach((g, i) => {
    const importance = g.importance === null ? 'importance not rated' : `importance ${g.importance}/10`;
    lines.push(line(`Goal ${i + 1}: ${cleanFreeText(g.text)} (${importance})`));
    for (const a of g.actions) lines.push(...actionLines(a));
  });
  if (plan.barriers.length) {
    lines.push(line('Barriers and how they will be addressed:'));
    for (const b of plan.barriers) lines.push(bullet(`${cleanFreeText(b.barrier)}: ${cleanFreeText(b.howAddressed)}`, 1));
  }
  return { key: 'plan', title: 'Plan and requested actions', lines };
}

export function strengthsSection(plan: Plan): Section {
  const list = (items: string[]) => (items.length ? items.map((s) => bullet(cleanFreeText(s), 1)) : [line('None recorded.', 1)]);
  return {
    key: 'strengths',
    title: 'Care and support plan: strengths, needs and concerns',
    lines: [line('Strengths:'), ...list(plan.strengths), line('Needs and concerns:'), ...list(plan.needsAndConcerns)],
  };
}

function resource(r: ResourceLink): Line[] {
  const lines = [bullet(cleanFreeText(r.name), 1)];
  if (r.contact) lines.push(line(`Contact: ${cleanFreeText(r.contact)}`, 2));
  if (r.reasons.length) lines.push(line(`Why: ${joinItems(r.reasons.map(cleanFreeText))}`, 2));
  return lines;
}

/** PRSB: signposting gives contact details and is not a referral, so the two are listed apart. */
export function signpostsSection(plan: Plan): Section {
  return {
    key: 'signposts',
    title: 'Signposting and referrals',
    lines: [
      line('Signposted to (contact details given; not a referral):'),
      ...(plan.signposts.length ? plan.signposts.flatMap(resource) : [line('None.', 1)]),
      line('Referred to:'),
      ...(plan.referrals.length ? plan.referrals.flatMap(resource) : [line('None.', 1)]),
    ],
  };
}

export function sessionsSection(doc: ExportDocument): Section {
  if (doc.sessions.length === 0) return { key: 'sessions', title: 'Contacts with the service', lines: [line('No contacts recorded besides this assessment.')] };
  return {
    key: 'sessions',
    title: 'Contacts with the service',
    lines: doc.sessions.map((s) => bullet(`${s.date}: ${s.method.replace(/_/g, ' ')}, ${s.minutes} min${s.summary ? ` - ${s.summary}` : ''}`)),
  };
}

/** A planned date only: a review code beside a future date would record a review that has not happened. */
export function reviewSection(plan: Plan): Section {
  return { key: 'review', title: 'Review', lines: [line(`Review planned for ${plan.reviewDate} (not yet done).`)] };
}

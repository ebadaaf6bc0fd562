import type { ActionOwner, Plan, PlanAction } from './model';
import { TPB_LABEL, TPB_RATING_HELP } from './intention';
import { ukDateTime } from './uk-time';

/**
 * The plan as plain Markdown: the chat reply's text (what a screen reader or a client without
 * cards gets), and the example plans in docs/. Numbering is the one the commands use (1, 1.2).
 */
export function ownerLabel(who: ActionOwner): string {
  switch (who.kind) {
    case 'person':
      return 'The person';
    case 'link_worker':
      return 'Link worker';
    case 'service':
      return who.name;
  }
}

const STATUS_LABEL: Record<PlanAction['status'], string> = {
  not_started: 'not started',
  in_progress: 'in progress',
  done: 'done',
  no_longer_needed: 'no longer needed',
};

/** "1 Dec 2026, 11:50 GMT — Sam Patel: Goal 1 changed …" — an audit line people can read. */
export function editLine(e: Plan['edits'][number]): string {
  return `${ukDateTime(e.at)} — ${e.byName ?? 'link worker'}: ${e.change}`;
}

export const PROGRESS_LABEL: Record<NonNullable<Plan['goals'][number]['progress']>, string> = {
  achieved: 'achieved',
  partly: 'partly achieved',
  not_yet: 'not yet',
  no_longer_relevant: 'no longer relevant',
};

export function statusLine(plan: Plan): string {
  // People, not ids: the approver's display name and UK local time (the id stays in the record).
  const state =
    plan.status === 'approved' ? `APPROVED by ${plan.approvedByName ?? 'the link worker'} on ${ukDateTime(plan.approvedAt)}` : 'DRAFT — not yet approved';
  const drafter = plan.drafter === 'llm' ? 'drafted with the AI drafter' : 'drafted by rules';
  return `Plan version ${plan.version} · ${state} · ${drafter}${plan.drafterNote ? ` (${plan.drafterNote})` : ''}`;
}

export function actionLines(action: PlanAction, ref: string): string[] {
  const conf = action.confidence === null ? 'confidence not yet rated' : `confidence ${action.confidence}/10`;
  const rating = action.intention.rating === null ? 'not yet rated' : `${action.intention.rating}/7`;
  return [
    `- **${ref}** ${action.what}`,
    `  - Who: ${ownerLabel(action.who)} · When: ${action.when} · Status: ${STATUS_LABEL[action.status]} · ${conf}${action.supportedFirstAttendance ? ' · supported first attendance' : ''}`,
    ...action.strategies.map((s) => `  - Strategy: ${s}`),
    `  - Intention: “${action.intention.statement}” — rating ${rating}`,
  ];
}

export function planMarkdown(plan: Plan, title = 'Care and support plan'): string {
  const out: string[] = [`# ${title}`, '', `_${statusLine(plan)}_`, ''];
  if (plan.narrative) out.push(plan.narrative, '');
  const list = (heading: string, items: string[]) => items.length && out.push(`## ${heading}`, ...items.map((i) => `- ${i}`), '');
  list('Strengths', plan.strengths);
  list('Needs and concerns', plan.needsAndConcerns);
  list('Support style', plan.supportStyle);
  out.push('## Goals and actions');
  if (plan.noActionsRequired) out.push('**No actions required.**');
  plan.goals.forEach((g, i) => {
    out.push(
      '',
      `### Goal ${i + 1}: ${g.text}`,
      `Importance: ${g.importance === null ? 'not rated' : `${g.importance}/10`}${g.progress ? ` · At review: ${PROGRESS_LABEL[g.progress]}` : ''}`,
      '',
    );
    if (g.actions.length === 0) out.push('- No actions for this goal.');
    g.actions.forEach((a, j) => out.push(...actionLines(a, `${i + 1}.${j + 1}`)));
  });
  out.push('', `Intention statements: ${TPB_LABEL}; rated ${TPB_RATING_HELP}.`, '');
  list(
    'Barriers and how they are addressed',
    plan.barriers.map((b) => `**${b.barrier}:** ${b.howAddressed}`),
  );
  const links = (heading: string, note: string, items: Plan['signposts']) => {
    out.push(`## ${heading}`, `_${note}_`);
    if (items.length === 0) out.push('- None.');
    for (const r of items) out.push(`- **${r.name}** — ${r.contact}${r.reasons.length ? `\n  - Why: ${r.reasons.join('; ')}` : ''}`);
    out.push('');
  };
  links('Referrals', 'The link worker refers the person and arranges the first contact.', plan.referrals);
  links('Signposts', 'Contact details given to the person; signposting is not a referral.', plan.signposts);
  out.push(`## Review`, `Review date: ${plan.reviewDate}`, '');
  if (plan.edits.length) list('Changes', plan.edits.map(editLine));
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

/** The short text that accompanies the plan card in chat. */
export function planReplyText(plan: Plan): string {
  const actions = plan.goals.reduce((n, g) => n + g.actions.length, 0);
  return `${statusLine(plan)}\n${plan.goals.length} goal(s), ${actions} action(s), ${plan.referrals.length} referral(s), ${plan.signposts.length} signpost(s); review ${plan.reviewDate}.${plan.status === 'draft' ? '\nType `approve` when the person agrees, or edit it (`help plan` lists the commands).' : ''}`;
}

import type { Plan } from '../plans/model';
import type { ExportDocument } from './document';
import { ukDay } from '../plans/uk-time';
import { approvalWords, ownerLabel } from './sections-plan';

/**
 * Page 1 of the message back: what a GP needs in a minute, in a fixed order — who saw the person
 * and when, what matters in a line, what was agreed, risks (confirmed safeguarding first), what
 * we ask of the GP, the review date and who to contact. The PDF letter, the pasteable text and
 * the FHIR Composition all render these same items. Free text appears only where consent allows
 * (codes-only consent: no goals, no notes, no "what matters").
 */

export interface SummaryItem {
  label: string;
  /** One or more lines; `clip` caps how many wrapped lines the text form may use. */
  lines: string[];
  /** Drawn prominently (safeguarding, the request to the GP). */
  emphasis?: boolean;
  clip?: number;
}

const MAX_GOALS = 3;

/** Cuts to n characters at a word boundary, with "..." when cut. */
export function clipText(text: string, n: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= n) return oneLine;
  const cut = oneLine.slice(0, n - 3);
  const at = cut.lastIndexOf(' ');
  return `${(at > n / 2 ? cut.slice(0, at) : cut).replace(/[\s,;:.-]+$/, '')}...`;
}

function seenBy(doc: ExportDocument): string {
  const who = doc.author ? `${doc.author.name} (${doc.author.role})` : doc.serviceName;
  return `${doc.seen.date}${doc.seen.method ? `, ${doc.seen.method}` : ''}, by ${who}`;
}

function agreed(plan: Plan): string[] {
  const lines = plan.goals.slice(0, MAX_GOALS).map((g) => {
    const first = g.actions[0];
    const step = first ? `: ${first.what} (${ownerLabel(first.who).toLowerCase()}, ${first.when})` : '';
    return clipText(`${g.text}${step}`, 240);
  });
  if (plan.goals.length > MAX_GOALS) lines.push(`and ${plan.goals.length - MAX_GOALS} more goal(s) - see the plan below.`);
  if (lines.length === 0) lines.push('No actions required.');
  const onward: string[] = [];
  if (plan.referrals.length) onward.push(`Referred to ${plan.referrals.map((r) => r.name).join(', ')}`);
  if (plan.signposts.length) onward.push(`signposted to ${plan.signposts.map((r) => r.name).join(', ')} (contact details given)`);
  if (onward.length) lines.push(clipText(`${onward.join('; ')}.`, 200));
  return lines;
}

/** Confirmed safeguarding concerns lead; categories always, the action note only with full consent. */
function risks(doc: ExportDocument, withFreeText: boolean, why: string): SummaryItem[] {
  const items: SummaryItem[] = [];
  for (const c of doc.safeguarding) {
    const note = withFreeText && c.note ? ` Action taken: ${c.note}` : '';
    items.push({ label: 'SAFEGUARDING', emphasis: true, clip: 3, lines: [`Confirmed concern (${ukDay(c.decidedAt)}): ${c.categories.join('; ')}.${note}`] });
  }
  if (doc.safeguarding.length)
    items.push({
      label: 'Online record access',
      lines: ["Contains safeguarding information: please consider hiding it from the patient's online access to their record before filing."],
    });
  const r = doc.risks;
  const other =
    r.status === 'no_known_risks'
      ? 'No known risks.'
      : r.status === 'not_recorded'
        ? 'Not recorded.'
        : withFreeText && r.details
          ? `Risks identified: ${r.details}`
          : `Risks identified (details not shared: ${why}).`;
  items.push({ label: doc.safeguarding.length ? 'Other risks' : 'Risks', lines: [other], clip: 3 });
  return items;
}

export function gpRequestText(plan: Plan | null): string {
  return plan?.gpRequest ? plan.gpRequest : 'No action needed.';
}

function contact(doc: ExportDocument): string {
  const how = [doc.service.phone ? `tel ${doc.service.phone}` : null, doc.service.email ?? null].filter(Boolean).join(', ');
  return [doc.author?.name, doc.serviceName, how || null].filter(Boolean).join(', ');
}

export function buildSummary(doc: ExportDocument): SummaryItem[] {
  const withFreeText = doc.variant === 'full';
  const why = doc.scope.kind === 'codes_only' ? 'codes-only consent' : 'codes-only export';
  const items: SummaryItem[] = [{ label: 'Seen', lines: [seenBy(doc)] }];
  if (doc.referral.referrer || doc.referral.reason)
    items.push({
      label: 'Referral',
      lines: [
        [doc.referral.referrer ? `from ${doc.referral.referrer}` : null, doc.referral.reason ? `for ${doc.referral.reason.toLowerCase()}` : null]
          .filter(Boolean)
          .join(', '),
      ],
    });
  if (doc.variant === 'screened_out') {
    const scope = doc.scope.kind === 'screened_out' ? doc.scope : null;
    const outcome =
      scope?.outcome === 'redirect' ? `Redirected to ${scope.redirectTo ?? 'another service'} (not a decline)` : 'The person declined social prescribing';
    items.push({ label: 'Outcome', lines: [`${outcome}. Reason: ${scope?.reason ?? 'not recorded'}`], clip: 3 });
  } else {
    const matters = doc.whatMatters[0];
    if (withFreeText && matters) items.push({ label: 'What matters', lines: [`"${clipText(matters.text, 120)}"`] });
    if (doc.plan) {
      const agreedLines = withFreeText ? agreed(doc.plan) : [`Care and support plan agreed (details not shared: ${why}).`];
      items.push({ label: 'What was agreed', lines: agreedLines, clip: 2 });
      // Who agreed it, by name and in UK time: the GP (and any audit) can see a person stands behind it.
      if (doc.plan.status === 'approved') items.push({ label: 'Plan approved', lines: [`Version ${doc.plan.version} ${approvalWords(doc.plan)}`] });
    }
  }
  items.push(...risks(doc, withFreeText, why));
  items.push({
    label: 'WHAT WE ASK OF THE GP',
    emphasis: true,
    lines: [withFreeText || !doc.plan?.gpRequest ? gpRequestText(doc.plan) : `A request is recorded in the plan (not shared: ${why}); please contact us.`],
  });
  if (doc.plan) items.push({ label: 'Review', lines: [`Planned for ${doc.plan.reviewDate} with the link worker (not yet done).`] });
  items.push({ label: 'Contact', lines: [contact(doc)] });
  return items;
}

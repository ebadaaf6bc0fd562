import type { Prompt, ReviewItem } from '../../dialogs/engine/types';
import { escapeChatText } from '../../dialogs/markdown';
import { adaptiveCard, commandButton, escapeMarkdown, header, subtle, submit, text, type AdaptiveCard, type CardElement } from './card-kit';
import { leadBlocks, type LeadLine } from './lead';

type ReviewPrompt = Extract<Prompt, { kind: 'review' }>;

/** Long instrument items are shortened in the review: the number is what corrections use. */
const SHORT = 56;
const clip = (s: string, n = SHORT) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
const shown = (item: ReviewItem) => (item.skipped ? 'skipped' : (item.answer ?? ''));

function bySection(items: readonly ReviewItem[]): Array<[string, ReviewItem[]]> {
  const out: Array<[string, ReviewItem[]]> = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && last[0] === item.sectionTitle) last[1].push(item);
    else out.push([item.sectionTitle, [item]]);
  }
  return out;
}

/**
 * A validated instrument with one response scale (ONS4 items, all 18 MHLC items) is one row of
 * numbers, "31–48: 5 2 4 …", with its scale in words; other answers get a row each.
 */
function factsFor(items: readonly ReviewItem[]): Array<{ title: string; value: string }> {
  const out: Array<{ title: string; value: string }> = [];
  for (let i = 0; i < items.length; ) {
    const first = items[i]!;
    let j = i;
    while (j + 1 < items.length && first.instrument && items[j + 1]!.instrument?.scale === first.instrument.scale) j++;
    if (first.instrument && j - i >= 5) {
      const run = items.slice(i, j + 1);
      out.push({
        title: `${first.number}–${items[j]!.number}.`,
        value: `${run.map((r) => r.instrument!.short).join('  ')}\n(${escapeMarkdown(first.instrument.scale)})`,
      });
    } else
      for (const item of items.slice(i, j + 1)) out.push({ title: `${item.number}. ${escapeMarkdown(clip(item.text))}`, value: escapeMarkdown(shown(item)) });
    i = j + 1;
  }
  return out;
}

/**
 * End-of-assessment review, compact: one fact list per section (number, shortened question,
 * answer in words), so 59 answers fit on a screen or two and any one can be corrected by number.
 */
export function renderReviewCard(p: ReviewPrompt, assessmentId: string, patient: string | null, lead: readonly LeadLine[] = []): AdaptiveCard {
  const body: CardElement[] = [
    header({ sectionTitle: 'Review', index: 1, count: 1 }, patient),
    ...leadBlocks(lead),
    text(`Here is what was recorded (${p.items.length} answers). Type a number to correct an answer, or confirm.`, { weight: 'Bolder' }),
  ];
  for (const [section, items] of bySection(p.items)) {
    body.push(text(section, { weight: 'Bolder', spacing: 'Medium', separator: true }));
    body.push({ type: 'FactSet', spacing: 'Small', facts: factsFor(items) });
  }
  if (p.missingRequired.length) body.push(subtle(`Still required: ${p.missingRequired.map(escapeMarkdown).join(' · ')}`));
  return adaptiveCard(body, [
    submit('Confirm assessment complete', commandButton('confirm', assessmentId), 'positive'),
    {
      type: 'Action.ShowCard',
      title: 'Correct an answer',
      card: {
        type: 'AdaptiveCard',
        version: '1.5',
        body: [
          {
            type: 'Input.Number',
            id: 'index',
            label: 'Answer number',
            min: 1,
            max: Math.max(1, p.items.length),
            isRequired: true,
            errorMessage: 'Enter an answer number',
          },
        ],
        actions: [submit('Change it', { wma: 'change', assessmentId })],
      },
    },
  ]);
}

/** The same review as text (chat history, notifications, `answers`): one line per answer, by section. */
export function reviewText(p: ReviewPrompt): string {
  const lines = ['Review — type a number to correct an answer, or `confirm` to complete:'];
  for (const [section, items] of bySection(p.items)) {
    lines.push(`— ${section}`);
    for (const item of items) lines.push(`${item.number}. ${escapeChatText(item.text)} → ${item.skipped ? '(skipped)' : escapeChatText(item.answer ?? '')}`);
  }
  if (p.missingRequired.length) lines.push(`Still required: ${p.missingRequired.join(' · ')}`);
  return lines.join('\n');
}

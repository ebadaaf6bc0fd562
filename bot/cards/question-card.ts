import type { Prompt } from '../../dialogs/engine/types';
import { describeAnswer } from '../../dialogs/engine/parse-answer';
import type { ScaleQuestion } from '../../dialogs/script/compile';
import { leadBlocks, type LeadLine } from './lead';
import { adaptiveCard, commandButton, escapeMarkdown, header, subtle, submit, text, type AdaptiveCard, type CardAction, type CardElement } from './card-kit';

type QuestionPrompt = Extract<Prompt, { kind: 'question' }>;

/** How to answer by typing — the link worker is talking while typing, so this is always shown. */
export function typingHint(p: QuestionPrompt): string {
  const q = p.question;
  switch (q.type) {
    case 'scale': {
      const ends = q.minLabel ? ` (${q.min} = ${q.minLabel}, ${q.max} = ${q.maxLabel})` : '';
      return `Type a number ${q.min}–${q.max}${ends}${q.instrument ? '; several at once for the next questions, e.g. 3 2 2 6' : ''}.`;
    }
    case 'yesno':
      return 'Type yes or no.';
    case 'multi':
      return 'Type numbers or labels separated by commas, e.g. 1, 3.';
    case 'likert':
      return `Type a number 1–${q.options?.length ?? 0} or the start of a label${q.instrument ? ', or all the remaining items at once, e.g. 5 2 4' : ''}.`;
    case 'text':
      return 'Type their words.';
    default:
      return `Type a number 1–${q.options.length} or the start of a label.`;
  }
}

function scaleChoices(q: ScaleQuestion): Array<{ title: string; value: string }> {
  const out: Array<{ title: string; value: string }> = [];
  for (let n = q.min; n <= q.max; n++) {
    const anchor = n === q.min ? q.minLabel : n === q.max ? q.maxLabel : undefined;
    out.push({ title: anchor ? `${n} — ${anchor}` : String(n), value: String(n) });
  }
  return out;
}

function input(p: QuestionPrompt, assessmentId: string): { body: CardElement[]; actions: CardAction[] } {
  const q = p.question;
  const data = { wma: 'answer', assessmentId, questionId: q.id };
  const current = p.current;
  if (q.type === 'yesno') return { body: [], actions: [submit('Yes', { ...data, value: 'yes' }), submit('No', { ...data, value: 'no' })] };
  if (q.type === 'text')
    return {
      body: [
        {
          type: 'Input.Text',
          id: 'value',
          isMultiline: true,
          maxLength: q.maxLength,
          label: 'Their words',
          ...(typeof current === 'string' ? { value: current } : {}),
        },
      ],
      actions: [submit('Record answer', data, 'positive')],
    };
  const choices = q.type === 'scale' ? scaleChoices(q) : q.options.map((o, i) => ({ title: `${i + 1}. ${o.label}`, value: String(o.value) }));
  const value = current === undefined ? undefined : Array.isArray(current) ? current.join(',') : String(current);
  return {
    body: [
      {
        type: 'Input.ChoiceSet',
        id: 'value',
        label: 'Answer',
        style: 'expanded',
        // Single choice is the default: only a multi-select says so (22 bytes on every other card).
        ...(q.type === 'multi' ? { isMultiSelect: true } : {}),
        choices,
        ...(value !== undefined ? { value } : {}),
      },
    ],
    actions: [submit('Record answer', data, 'positive')],
  };
}

export function renderQuestionCard(p: QuestionPrompt, assessmentId: string, patient: string | null, lead: readonly LeadLine[] = []): AdaptiveCard {
  const q = p.question;
  const body: CardElement[] = [header(p.position, patient), ...leadBlocks(lead)];
  if (p.showIntro && q.sectionIntro) body.push(subtle(q.sectionIntro));
  // The text may quote the person's own words ({goal.1}), so it is escaped like any answer.
  body.push(text(escapeMarkdown(p.text), { size: 'Medium', weight: 'Bolder' }));
  if (p.current !== undefined) body.push(subtle(`Recorded answer: ${escapeMarkdown(describeAnswer(p.current, q))} — type \`next\` to keep it.`));
  const { body: inputs, actions } = input(p, assessmentId);
  body.push(...inputs);
  body.push(subtle(typingHint(p) + (q.required ? '' : ' Optional — type `skip` to skip.')));
  // Coaching tips are for the link worker only, and look like a hint, not a line to read out.
  if (q.tip) body.push({ type: 'Container', style: 'emphasis', items: [subtle(`Tip for you: ${q.tip}`)] });
  if (q.instrument) body.push(subtle(`${q.instrument.name}. Source: ${q.instrument.citation}`));
  return adaptiveCard(body, [...actions, submit('Back', commandButton('back', assessmentId))]);
}

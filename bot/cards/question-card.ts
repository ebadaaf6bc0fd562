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

/**
 * The parts of a question's card that depend on the question alone: its input (choices and all),
 * the typing hint, the section intro, the tip and the instrument's source line. Built once per
 * compiled question and shared, frozen, by every card that shows it — the registry keeps a
 * published script's questions as the same objects for the life of the process, so a turn builds
 * only what changes (header, lead lines, the question text, the recorded answer, the buttons).
 * What it buys (issue 22, s22d): ~1 KB less allocated per reply of the default assessment (the reply
 * path, render + stamp + JSON, 20.2 → 19.2 KB; bench/experiments/render-cost.ts) — small, but every
 * question card builds these the same way on every turn. A question not seen before (a draft
 * preview) is simply built, and dropped with its question.
 */
interface QuestionFragments {
  /** Without a current value: what every card of this question shows (none for yes/no: two buttons). */
  input: CardElement | null;
  hint: CardElement;
  intro: CardElement | null;
  tip: CardElement | null;
  source: CardElement | null;
}

const fragmentsByQuestion = new WeakMap<QuestionPrompt['question'], QuestionFragments>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function fragmentsOf(p: QuestionPrompt): QuestionFragments {
  const q = p.question;
  let f = fragmentsByQuestion.get(q);
  if (f) return f;
  const input: CardElement | null =
    q.type === 'yesno'
      ? null
      : q.type === 'text'
        ? { type: 'Input.Text', id: 'value', isMultiline: true, maxLength: q.maxLength, label: 'Their words' }
        : {
            type: 'Input.ChoiceSet',
            id: 'value',
            label: 'Answer',
            style: 'expanded',
            // Single choice is the default: only a multi-select says so (22 bytes on every other card).
            ...(q.type === 'multi' ? { isMultiSelect: true } : {}),
            choices: q.type === 'scale' ? scaleChoices(q) : q.options.map((o, i) => ({ title: `${i + 1}. ${o.label}`, value: String(o.value) })),
          };
  f = deepFreeze({
    input,
    hint: subtle(typingHint(p) + (q.required ? '' : ' Optional — type `skip` to skip.')),
    intro: q.sectionIntro ? subtle(q.sectionIntro) : null,
    // Coaching tips are for the link worker only, and look like a hint, not a line to read out.
    tip: q.tip ? { type: 'Container', style: 'emphasis', items: [subtle(`Tip for you: ${q.tip}`)] } : null,
    source: q.instrument ? subtle(`${q.instrument.name}. Source: ${q.instrument.citation}`) : null,
  } satisfies QuestionFragments);
  fragmentsByQuestion.set(q, f);
  return f;
}

function input(p: QuestionPrompt, assessmentId: string, shared: CardElement | null): { body: CardElement[]; actions: CardAction[] } {
  const q = p.question;
  const data = { wma: 'answer', assessmentId, questionId: q.id };
  const current = p.current;
  if (q.type === 'yesno' || !shared) return { body: [], actions: [submit('Yes', { ...data, value: 'yes' }), submit('No', { ...data, value: 'no' })] };
  const record = [submit('Record answer', data, 'positive')];
  if (q.type === 'text') return { body: [typeof current === 'string' ? ({ ...shared, value: current } as CardElement) : shared], actions: record };
  const value = current === undefined ? undefined : Array.isArray(current) ? current.join(',') : String(current);
  return { body: [value !== undefined ? ({ ...shared, value } as CardElement) : shared], actions: record };
}

export function renderQuestionCard(p: QuestionPrompt, assessmentId: string, patient: string | null, lead: readonly LeadLine[] = []): AdaptiveCard {
  const q = p.question;
  const shared = fragmentsOf(p);
  const body: CardElement[] = [header(p.position, patient), ...leadBlocks(lead)];
  if (p.showIntro && shared.intro) body.push(shared.intro);
  // The text may quote the person's own words ({goal.1}), so it is escaped like any answer.
  body.push(text(escapeMarkdown(p.text), { size: 'Medium', weight: 'Bolder' }));
  if (p.current !== undefined) body.push(subtle(`Recorded answer: ${escapeMarkdown(describeAnswer(p.current, q))} — type \`next\` to keep it.`));
  const { body: inputs, actions } = input(p, assessmentId, shared.input);
  body.push(...inputs);
  body.push(shared.hint);
  if (shared.tip) body.push(shared.tip);
  if (shared.source) body.push(shared.source);
  return adaptiveCard(body, [...actions, submit('Back', commandButton('back', assessmentId))]);
}

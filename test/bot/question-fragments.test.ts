import { describe, expect, it } from 'vitest';
import { renderQuestionCard } from '../../bot/cards/question-card';
import type { Prompt } from '../../dialogs/engine/types';
import { loadDefaultScript } from '../../dialogs/scripts/load';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { typedAnswerFor } from '../helpers/default-answers';
import { EngineDriver } from '../helpers/engine-driver';

type QuestionPrompt = Extract<Prompt, { kind: 'question' }>;

/** Every question prompt of one default assessment, plus each one again after `back` (with its current answer). */
function questionPrompts(): QuestionPrompt[] {
  const d = new EngineDriver(loadDefaultScript(), '9434765919');
  const out: QuestionPrompt[] = [];
  for (let guard = 0; guard < 500 && d.question; guard++) {
    out.push(d.question);
    d.say(typedAnswerFor(d.question.question));
    if (guard % 7 === 3 && d.question) {
      d.say('back');
      out.push(d.question!);
      d.say(typedAnswerFor(d.question!.question));
    }
  }
  return out;
}

const body = (p: QuestionPrompt) => renderQuestionCard(p, 'a-1', '*** *** 5919').body;

describe('question cards: per-question fragments built once and shared', () => {
  const prompts = questionPrompts();

  it('the card is the same JSON as one built from scratch (a copy of the question shares nothing), and valid 1.5', () => {
    expect(prompts.length).toBeGreaterThan(60);
    expect(prompts.some((p) => p.current !== undefined)).toBe(true);
    for (const p of prompts) {
      const fresh = { ...p, question: structuredClone(p.question) };
      const card = renderQuestionCard(p, 'a-1', '*** *** 5919');
      expect(JSON.stringify(card)).toBe(JSON.stringify(renderQuestionCard(fresh, 'a-1', '*** *** 5919')));
      expect(adaptiveCardProblems(card)).toEqual([]);
    }
  });

  it('two cards of one question share its input, hint, tip and source, frozen; a current answer gets its own copy', () => {
    const withTip = prompts.find((p) => p.question.tip && p.question.type !== 'yesno' && p.current === undefined)!;
    const [a, b] = [body(withTip), body(withTip)];
    const shared = a.filter((el) => b.includes(el));
    // The input, the hint and the tip (and the intro or source line where the question has one).
    expect(shared.map((el) => el.type)).toEqual(
      expect.arrayContaining(['Container', withTip.question.type === 'text' ? 'Input.Text' : 'Input.ChoiceSet', 'TextBlock']),
    );
    // Only what changes per turn is new: the header and the question's own text.
    expect(a.length - shared.length).toBe(2);
    for (const el of shared) expect(Object.isFrozen(el)).toBe(true);
    expect(() => {
      (shared[0] as { id?: string }).id = 'changed';
    }).toThrow(TypeError);

    const again = prompts.find((p) => p.current !== undefined && p.question.type !== 'yesno')!;
    const plain = body({ ...again, current: undefined }).find((el) => el.type.startsWith('Input.'))!;
    const withValue = body(again).find((el) => el.type.startsWith('Input.'))! as { value?: string };
    expect(withValue).not.toBe(plain);
    expect(withValue.value).toBeDefined();
    expect((plain as { value?: string }).value).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { Prompt } from '../../dialogs/engine/types';
import { runPreview } from '../../service/script-preview';
import { defaultDoc, KNEW_REFERRED_NEW, question } from './fixtures';

const questionText = (prompts: Prompt[]) => prompts.flatMap((p) => (p.kind === 'question' ? [p.text] : []));

describe('preview (stateless engine run, nothing stored)', () => {
  it('runs an unsaved draft: the edited wording is what the test chat asks', () => {
    const doc = defaultDoc();
    question(doc, 'screen.knew_referred').text = KNEW_REFERRED_NEW;
    const start = runPreview({ script: { document: doc } });
    if (!start.ok) throw new Error(start.message);
    expect(questionText(start.prompts)).toEqual(['In your own words, why do you think you were referred to us?']);
    expect(start.state.patient.masked).toMatch(/preview/);
    const next = runPreview({ script: { document: doc }, state: start.state, input: { kind: 'text', text: 'Feeling low' } });
    expect(next.ok && questionText(next.prompts)).toEqual([KNEW_REFERRED_NEW]);
    const yes = runPreview({
      script: { document: doc },
      state: next.ok && next.state,
      input: { kind: 'card', questionId: 'screen.knew_referred', value: 'yes' },
    });
    expect(yes.ok && yes.state.answers['screen.knew_referred']?.value).toBe('yes');
  });

  it('refuses an invalid draft with its issues, and a state from another script', () => {
    const doc = defaultDoc();
    question(doc, 'consent.share').options = [];
    expect(runPreview({ script: { document: doc } })).toMatchObject({ ok: false, status: 422, issues: [{ path: 'sections[1].questions[0].options' }] });
    const ok = runPreview({ script: { document: defaultDoc() } });
    const other = { ...(ok.ok ? ok.state : {}), scriptId: 'someone_else' };
    expect(runPreview({ script: { document: defaultDoc() }, state: other, input: { kind: 'text', text: 'x' } })).toMatchObject({ ok: false, status: 400 });
  });
});

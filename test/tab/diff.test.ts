import { describe, expect, it } from 'vitest';
import { diffScripts } from '../../dialogs/script/diff';
import { validateScript } from '../../dialogs/script/validate';
import { defaultDoc, question } from './fixtures';

const compile = (doc: unknown) => {
  const v = validateScript(doc);
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  return v.compiled.script;
};

describe('diffScripts', () => {
  it('finds nothing between identical versions', () => {
    expect(diffScripts(compile(defaultDoc()), compile(defaultDoc()))).toEqual([]);
  });

  it('reports a reworded question with its before and after wording', () => {
    const after = defaultDoc();
    question(after, 'screen.knew_referred').text = 'Did your GP tell you about the referral?';
    const changes = diffScripts(compile(defaultDoc()), compile(after));
    expect(changes).toEqual([
      {
        kind: 'changed',
        subject: 'question screen.knew_referred',
        field: 'text',
        before: 'Did you know you had been referred to the social prescribing service?',
        after: 'Did your GP tell you about the referral?',
        summary:
          'question screen.knew_referred: text changed from "Did you know you had been referred to the social prescribing service?" to "Did your GP tell you about the referral?"',
      },
    ]);
  });

  it('reports script settings, added and removed questions, options and a reordered section', () => {
    const before = defaultDoc();
    const after = defaultDoc();
    after.sessionCap = 8;
    const screening = after.sections[0]!;
    screening.questions!.push({ id: 'screen.interpreter', type: 'yesno', text: 'Do you need an interpreter?' });
    after.sections[2]!.questions = after.sections[2]!.questions!.filter((q) => q.id !== 'wmtm.good_day');
    (question(after, 'consent.share').options as unknown[]).pop();
    // Swap "what matters" and "needs": both read as moved, nothing as removed/added.
    [after.sections[2], after.sections[3]] = [after.sections[3]!, after.sections[2]!];
    const summaries = diffScripts(compile(before), compile(after)).map((c) => c.summary);
    expect(summaries).toEqual(
      expect.arrayContaining([
        'script: sessionCap changed from 6 to 8',
        'question screen.interpreter added',
        'question wmtm.good_day removed',
        'question consent.share: options changed',
        'section needs moved from position 4 to 3',
        'section what_matters moved from position 3 to 4',
      ]),
    );
    expect(summaries).toHaveLength(6);
  });

  it('shows an instrument included or removed as a section change, never item by item', () => {
    const after = defaultDoc();
    after.sections = after.sections.filter((s) => s.id !== 'locus_of_control');
    const changes = diffScripts(compile(defaultDoc()), compile(after));
    expect(changes.map((c) => c.summary)).toEqual(['section locus_of_control removed']);
  });
});

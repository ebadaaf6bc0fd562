import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readDefaultScriptSource, loadDefaultScript } from '../../dialogs/scripts/load';
import { validateScript, validateScriptText } from '../../dialogs/script/validate';
import type { ScaleQuestion } from '../../dialogs/script/compile';

const base = () => parse(readDefaultScriptSource());

function issuesOf(doc: unknown): string[] {
  const v = validateScript(doc);
  return v.ok ? [] : v.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('script schema', () => {
  it('accepts the default script and expands every validated instrument item', () => {
    const s = loadDefaultScript();
    const ids = s.questions.map((q) => q.id);
    expect(ids.filter((id) => id.startsWith('mhlc_a.'))).toHaveLength(18);
    expect(ids.filter((id) => id.startsWith('ons4.'))).toEqual(['ons4.life_satisfaction', 'ons4.worthwhile', 'ons4.happiness', 'ons4.anxiety']);
    expect(ids.filter((id) => id.startsWith('ucla3.'))).toEqual(['ucla3.companionship', 'ucla3.left_out', 'ucla3.isolated', 'ucla3.direct']);
    expect(s.byId.get('mhlc_a.14')?.text).toBe(
      "Whenever I recover from an illness, it's usually because other people (for example, doctors, nurses, family, friends) have been taking good care of me.",
    );
    expect((s.byId.get('ons4.anxiety') as ScaleQuestion | undefined)?.minLabel).toBe('Not at all anxious');
    expect(s.sections.map((x) => x.title)).toEqual([
      'Referral screening',
      'Consent and context',
      'What matters to me',
      'Needs and barriers',
      'Wellbeing',
      'Loneliness',
      'Health locus of control',
      'Health Belief Model prompts',
      'Motivation',
      'About you (optional)',
      'Risks',
    ]); // issue 20 added the optional "About you" section
  });

  it('gives a path-precise error for an options list that is too short', () => {
    const doc = base();
    doc.sections[2].questions = [{ id: 'x.one', type: 'single', text: 'Pick', options: [{ value: 'a', label: 'A' }] }];
    expect(issuesOf(doc)).toContain('sections[2].questions[0].options: expected at least 2 options');
  });

  it('rejects duplicate question ids, naming where the duplicate is', () => {
    const doc = base();
    doc.sections[2].questions.push({ id: 'wmtm.good_day', type: 'text', text: 'Again?' });
    expect(issuesOf(doc)).toContain('sections[2].questions[5].id: duplicate question id "wmtm.good_day"');
  });

  it('rejects conditions that look forward (which is also how cycles are ruled out)', () => {
    const doc = base();
    doc.sections[2].questions[0].when = { question: 'wmtm.worries', answered: true };
    doc.sections[2].questions[4].when = { question: 'wmtm.matters_most', answered: true };
    const issues = issuesOf(doc);
    expect(issues.some((i) => i.startsWith('sections[2].questions[0].when.question: refers to "wmtm.worries", which is not asked before'))).toBe(true);
  });

  it('rejects a condition on an unknown question or a value that is not an option', () => {
    const doc = base();
    doc.sections[1].when = { question: 'screen.outcome', equals: 'maybe' };
    doc.sections[2].questions[1].when = { question: 'nope.missing', answered: true };
    const issues = issuesOf(doc);
    expect(issues).toContain('sections[1].questions[0].when.question: "maybe" is not an option of "screen.outcome"');
    expect(issues).toContain('sections[2].questions[1].when.question: refers to unknown question "nope.missing"');
  });

  it('refuses an unknown instrument and wording added to a locked instrument', () => {
    const doc = base();
    doc.sections[4].instrument = 'ons5';
    expect(issuesOf(doc)[0]).toMatch(/^sections\[4\]\.instrument: must be one of the validated instruments: ons4, mhlc_a, ucla3/);
    const doc2 = base();
    doc2.sections[4].items = [{ key: 'life_satisfaction', text: 'How are you?' }];
    expect(issuesOf(doc2).some((i) => i.startsWith('sections[4]') && /unrecognized key/i.test(i))).toBe(true);
  });

  it('refuses a script without the locked risk statement', () => {
    const doc = base();
    doc.sections = doc.sections.filter((s: { id: string }) => s.id !== 'risks');
    expect(issuesOf(doc).join('\n')).toMatch(/risk\.status.*cannot be removed/);
  });

  it('checks types, ranges and ids with readable messages', () => {
    const doc = base();
    doc.sessionCap = 0;
    doc.sections[8].questions[0].max = 0;
    doc.sections[2].questions[0].id = 'Bad Id';
    const issues = issuesOf(doc);
    expect(issues).toContain('sessionCap: Too small: expected number to be >=1');
    expect(issues).toContain('sections[8].questions[0].max: max must be greater than min');
    expect(issues).toContain('sections[2].questions[0].id: use lower-case letters, digits, dots and underscores, starting with a letter');
  });

  it('reports YAML syntax errors as issues, not exceptions', () => {
    const v = validateScriptText('id: [unclosed');
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.issues[0]?.path).toBe('(file)');
  });

  it('round-trips through JSON and YAML', () => {
    const doc = base();
    expect(validateScriptText(JSON.stringify(doc)).ok).toBe(true);
    expect(validateScriptText(stringify(doc)).ok).toBe(true);
  });
});

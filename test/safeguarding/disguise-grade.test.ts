/** Normalisation against disguise, and the graded response (issue 16). */
import { describe, expect, it } from 'vitest';
import { detectRisks, gradeFlags, normaliseForRisk } from '../../dialogs/safeguarding';
import { undoDisguise } from '../../dialogs/safeguarding/normalise';

const categories = (text: string) => detectRisks(text).map((f) => f.category);

describe('normalisation undoes disguise before the rules run', () => {
  it.each([
    ['zero-width spaces', 'I want to k\u200bi\u200bl\u200bl myself', 'i want to kill myself'],
    ['soft hyphen from Word', 'I feel su\u00adicidal', 'i feel suicidal'],
    ['bidi controls', '\u202ekill\u202c my\u2066self\u2069', 'kill myself'],
    ['Cyrillic look-alikes', 'I w\u0430nt to \u0435nd my lif\u0435', 'i want to end my life'],
    ['Greek look-alikes', 'I want to \u03baill myself', 'i want to kill myself'],
    ['fullwidth', '\uff4b\uff49\uff4c\uff4c myself', 'kill myself'],
    ['hyphen-split letters', 'feeling s-u-i-c-i-d-a-l', 'feeling suicidal'],
    ['dot-split letters', 'i want to d.i.e', 'i want to die'],
    ['space-split letters beside the pronoun I', 'I k i l l myself', 'i kill myself'],
    ['held-down letters', 'kiiiilll myself', 'kill myself'],
    ['digits for letters', 'k1ll mys3lf', 'kill myself'],
  ])('%s', (_name, text, expected) => {
    expect(normaliseForRisk(text)).toBe(expected);
  });

  it('keeps ordinary text as it was: numbers, times, a lone "a" or "I"', () => {
    expect(undoDisguise('I take 2 paracetamol at 10pm, 24/7 care')).toBe('i take 2 paracetamol at 10pm, 24/7 care');
    expect(normaliseForRisk('I had a cup of tea')).toBe('i had a cup of tea');
  });

  it('checks both readings of an ambiguous disguise: "feeeel like a burden" and "a b u s e d"', () => {
    expect(categories('I feeeeel like a burden')).toContain('suicide');
    expect(categories('my carer a b u s e d me')).not.toEqual([]);
  });
});

describe('graded response', () => {
  it('a plain disclosure, a method or a reported risk is clear: the crisis card', () => {
    for (const text of ['I want to kill myself', "I've saved up a month of my tablets", 'My brother told me he is going to hang himself']) {
      expect(gradeFlags(detectRisks(text)), text).toBe('clear');
    }
  });

  it('a denial or a passive wish is possible: the check-in card, still a flag', () => {
    const denied = detectRisks("I'm not suicidal, I just feel a bit flat");
    expect(denied.map((f) => [f.category, f.kind, f.severity])).toEqual([['suicide', 'negated', 'possible']]);
    expect(gradeFlags(denied)).toBe('possible');
    expect(gradeFlags(detectRisks("Honestly I wouldn't care if I didn't wake up tomorrow"))).toBe('possible');
  });

  it('a denial in one clause does not soften a disclosure in the next', () => {
    expect(gradeFlags(detectRisks("I'm not suicidal but I have been stockpiling pills"))).toBe('clear');
  });

  it('nothing to flag grades as null', () => {
    expect(gradeFlags(detectRisks('We went to the garden centre'))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { BASELINE_RULES, CRISIS_CONTACTS, contactsFor, detectRisks, normaliseForRisk, validateLocalPhrases } from '../../dialogs/safeguarding';
import { RISK_CATEGORY_IDS } from '../../dialogs/vocabulary';

const categories = (text: string, localPhrases?: Parameters<typeof detectRisks>[1]) => detectRisks(text, localPhrases).map((f) => f.category);
const flagFor = (text: string, category: string) => detectRisks(text).find((f) => f.category === category);

describe('detectRisks: negation never suppresses a disclosure', () => {
  it('flags a negated explicit phrase as a negated mention for the link worker to judge', () => {
    expect(detectRisks("I'm not suicidal")).toEqual([
      { category: 'suicide', matched: 'suicidal', rule: 'suicide.word', kind: 'negated', severity: 'possible' },
    ]);
    expect(flagFor('I have never cut myself', 'self_harm')?.kind).toBe('negated');
    expect(flagFor("I'm not homeless", 'no_safe_place')?.kind).toBe('negated');
  });

  it('limits a negation to its own clause: the method after "but" is flagged as a method', () => {
    const flag = flagFor("I'm not suicidal but I have been stockpiling pills", 'suicide');
    expect(flag).toMatchObject({ kind: 'method', rule: 'suicide.method_stockpile', matched: 'stockpiling pills' });
  });

  it('does not read "can\'t stop thinking about" as a denial', () => {
    expect(flagFor("I can't stop thinking about killing myself", 'suicide')?.kind).toBe('explicit');
  });

  it('flags reported speech about a third party as reported', () => {
    expect(flagFor('My friend said she wanted to die', 'suicide')?.kind).toBe('reported');
    expect(flagFor("My daughter's partner hits her", 'domestic_abuse')?.kind).toBe('reported');
    expect(flagFor('My husband hits me', 'domestic_abuse')?.kind).toBe('explicit');
  });
});

describe('detectRisks: method words, misspellings and normalisation', () => {
  it.each([
    ['I am going to take 30 paracetamol tonight', 'suicide.method_dose'],
    ['ive got a box of paracetamol and ill take the lot', 'suicide.method_dose'],
    ['I bought a rope', 'suicide.method_rope'],
    ['I keep thinking about jumping off the bridge', 'suicide.method_jump'],
    ["I've been thinking about an overdoze", 'suicide.method_overdose'],
  ])('"%s" is a method flag', (text, rule) => {
    expect(flagFor(text, 'suicide')).toMatchObject({ kind: 'method', rule });
  });

  it('treats a normal dose as a dose', () => {
    expect(categories('I take two paracetamol when my knee flares up')).toEqual([]);
    expect(categories('I take my pills for blood pressure every morning')).toEqual([]);
  });

  it.each(['i feel sucidal', 'im suicidle', 'i want to kil myself', 'SUICIDAL!!!', 'I’m suïcidal', 'suicide-al thoughts'])(
    'catches the misspelling or styling "%s"',
    (text) => {
      expect(categories(text)).toContain('suicide');
    },
  );

  it.each([
    ['im homless', 'no_safe_place'],
    ['i think im anerexic', 'eating_disorder'],
    ['im an alchoholic', 'substance_crisis'],
    ['been on herion for years', 'substance_crisis'],
    ['i selfharm', 'self_harm'],
  ])('catches "%s"', (text, category) => {
    expect(categories(text)).toContain(category);
  });

  it('normalises apostrophes, case, accents and punctuation the same way', () => {
    expect(normaliseForRisk('I DON’T want to BE here, anymore!')).toBe('i dont want to be here , anymore .');
    expect(categories("I don't want to be here anymore")).toEqual(categories('i dont want to be here anymore'));
  });

  it('reads link-worker note shorthand and Scots or northern "am" the way it is meant (held-out set 9 style)', () => {
    expect(normaliseForRisk('pt burns her arms w/ a lighter, thought abt it this wk')).toBe('pt burns her arms with a lighter , thought about it this week');
    expect(normaliseForRisk('OD 3/52 ago; baby 4/12; pt 28/40; 2/7 ago')).toBe('overdose 3 weeks ago . baby 4 months . pt 28 weeks pregnant . 2 days ago');
    expect(normaliseForRisk('her 6yo, a 13 y/o, w/o food')).toBe('her 6 year old , a 13 year old , without food');
    expect(normaliseForRisk('GP note: ?ED, DN and HV visits, money + appts')).toBe(
      'gp note . . query eating disorder , district nurse and health visitor visits , money and appointments',
    );
    // A question mark ending a question is not the query form: the name after it stays a name.
    expect(normaliseForRisk('Are you ok? Ed hit me again')).toBe('are you ok . ed hit me again');
    expect(normaliseForRisk('am done wi it aw, gonnae walk intae the river the morra')).toBe('im done with it all , going to walk into the river tomorrow');
    // "am" stays after "I", a number or a question word, and before "I"; a date is not a duration.
    expect(normaliseForRisk('I am fine, so am I, at 8am, am I ok, on 10/12/2026')).toBe('i am fine , so am i , at 8 am , am i ok , on 10 12 2026');
    expect(normaliseForRisk('after that am on the street, me cousin says')).toBe('after that im on the street , my cousin says');
  });

  it('flags a risky dose taken with breakfast or "as prescribed": only the pharmacist\'s regimen is let go', () => {
    for (const text of ['took all 32 of my paracetamol with my breakfast', 'not as prescribed, I took 30 of my tablets last night'])
      expect(detectRisks(text)).toEqual(expect.arrayContaining([expect.objectContaining({ category: 'suicide', kind: 'method' })]));
    expect(categories('I took all my tablets at once this morning like the pharmacist said, with breakfast.')).toEqual([]);
  });

  it('lets a machine rattling go without letting a car or a door cancel the other withdrawal words', () => {
    expect(categories('withdrawals are awful, sleeping in my car')).toContain('substance_crisis');
    expect(categories('I ran out of methadone so I locked the door and waited')).toContain('substance_crisis');
    expect(categories("The washing machine's rattling again, I need to call someone.")).toEqual([]);
    expect(categories('im proper rattlin, no methadone since Monday')).toContain('substance_crisis');
  });

  it('lets an illness explain being sick after meals, not making oneself sick', () => {
    for (const text of ["purging after every meal, told mum it's a stomach bug", "I've been making myself sick after meals, I think I've got a bug"])
      expect(detectRisks(text)).toEqual(expect.arrayContaining([expect.objectContaining({ category: 'eating_disorder', kind: 'explicit' })]));
    expect(categories('I was sick after eating, it was a stomach bug going round')).not.toContain('eating_disorder');
  });

  it("hears a note about the patient as reported, and a note's denial as a denial", () => {
    expect(detectRisks('pt says she wants to kill herself')).toEqual([expect.objectContaining({ category: 'suicide', kind: 'reported' })]);
    expect(detectRisks('cl wants to die')).toEqual([expect.objectContaining({ category: 'suicide', kind: 'reported' })]);
    expect(detectRisks('pt: nil suicidal thoughts')).toEqual([expect.objectContaining({ category: 'suicide', kind: 'negated', severity: 'possible' })]);
  });

  it('does not turn everyday neighbours of risk words into risk words', () => {
    expect(normaliseForRisk('I feel hopeless')).toBe('i feel hopeless');
    expect(normaliseForRisk('I overdid it')).toBe('i overdid it');
  });
});

describe('detectRisks: benign look-alikes', () => {
  it.each([
    'This heat is killing me',
    'I could kill for a coffee',
    'My back is killing me',
    "I'm dying to see the grandkids",
    "I'm dead tired",
    'killing time before the bus',
    'She looked drop dead gorgeous',
    'I cut the grass',
    'hanging the washing out',
    'bridge club on Tuesdays',
    'My wife always beats me at cards',
    'I cut myself a slice of cake',
    'I bought a skipping rope',
  ])('"%s" does not flag', (text) => {
    expect(detectRisks(text)).toEqual([]);
  });

  it('a benign idiom does not hide a real disclosure in the same message', () => {
    expect(categories('This heat is killing me and honestly I want to kill myself')).toEqual(['suicide']);
  });
});

describe('detectRisks: several categories and output shape', () => {
  it('returns one flag per category, in vocabulary order', () => {
    const flags = detectRisks("He hits me, I cut myself last night and I've got nowhere to sleep tonight. He hits me again and again.");
    expect(flags.map((f) => f.category)).toEqual(['self_harm', 'domestic_abuse', 'no_safe_place']);
    expect(new Set(flags.map((f) => f.category)).size).toBe(flags.length);
  });

  it('is deterministic', () => {
    const text = "I'm starving myself and I drink a bottle of vodka every night";
    expect(detectRisks(text)).toEqual(detectRisks(text));
    expect(categories(text)).toEqual(['eating_disorder', 'substance_crisis']);
  });

  it('returns nothing for empty text and rejects a non-string clearly', () => {
    expect(detectRisks('')).toEqual([]);
    expect(detectRisks('   ...  ')).toEqual([]);
    expect(() => detectRisks(42 as unknown as string)).toThrow(/expects the message text as a string/);
  });

  it('has baseline rules for every category', () => {
    for (const category of RISK_CATEGORY_IDS)
      expect(
        BASELINE_RULES.some((r) => r.category === category),
        category,
      ).toBe(true);
  });
});

describe('detectRisks: local phrases', () => {
  it('adds a category for a local phrase, matched after the same normalisation', () => {
    // "cuckooing" became a baseline rule in issue 16, so the local example is another local term.
    expect(categories('It was mate crime, plain and simple')).toEqual([]);
    const flags = detectRisks('It was MATE-CRIME, plain and simple', { localPhrases: [{ phrase: 'mate crime', category: 'adult_at_risk' }] });
    expect(flags).toEqual([{ category: 'adult_at_risk', matched: 'mate crime', rule: 'local:mate crime', kind: 'local', severity: 'clear' }]);
  });

  it('cannot remove or weaken the national baseline', () => {
    const text = 'I want to kill myself';
    const before = detectRisks(text);
    const after = detectRisks(text, {
      localPhrases: [
        { phrase: 'kill myself', category: 'harm_to_others' },
        { phrase: '', category: 'suicide' },
      ],
    });
    expect(after.find((f) => f.category === 'suicide')).toEqual(before[0]);
    expect(after.map((f) => f.category)).toEqual(['suicide', 'harm_to_others']);
  });

  it('ignores invalid local entries at run time but reports them for the script editor', () => {
    const bad = [
      { phrase: '  ', category: 'suicide' },
      { phrase: 'ok', category: 'not_a_category' },
    ] as never;
    expect(categories('I want to die', { localPhrases: bad })).toEqual(['suicide']);
    expect(validateLocalPhrases(bad)).toEqual([
      'localPhrases[0].phrase: expected some words to match',
      expect.stringMatching(/^localPhrases\[1\]\.category: expected one of suicide, self_harm/),
    ]);
    expect(validateLocalPhrases([{ phrase: 'county lines', category: 'child_safeguarding' }])).toEqual([]);
  });
});

describe('crisis contacts', () => {
  it('holds the UK national contacts with the reference wording', () => {
    expect(CRISIS_CONTACTS.map((c) => `${c.name}: ${c.detail}`)).toEqual([
      'Immediate danger to life: 999 or go to A&E',
      'Urgent mental health help: NHS 111, choose the mental health option (nationally "option 2"; some areas word it differently)',
      'Samaritans: 116 123 — free, 24/7 (no text service)',
      'Shout: Text SHOUT to 85258, 24/7',
      'Under 19s: Childline: 0800 1111',
      'Domestic abuse: National Domestic Abuse Helpline: 0808 2000 247',
    ]);
    expect(Object.isFrozen(CRISIS_CONTACTS)).toBe(true);
  });

  it('always returns the whole baseline, most relevant first after 999, then local contacts', () => {
    const local = [{ name: 'Mid Sussex crisis team', detail: '01234 567890' }];
    const da = contactsFor(['domestic_abuse'], local);
    expect(da.map((c) => c.name)).toEqual([
      'Immediate danger to life',
      'Domestic abuse: National Domestic Abuse Helpline',
      'Urgent mental health help',
      'Samaritans',
      'Shout',
      'Under 19s: Childline',
      'Mid Sussex crisis team',
    ]);
    expect(contactsFor([])).toHaveLength(CRISIS_CONTACTS.length);
  });

  it('ignores blank and duplicate local contacts rather than showing them', () => {
    const result = contactsFor(
      ['suicide'],
      [
        { name: ' ', detail: 'x' },
        { name: 'Samaritans', detail: '116 123 — free, 24/7 (no text service)' },
        { name: 'Local', detail: '1' },
        { name: 'local', detail: '1' },
      ],
    );
    expect(result.map((c) => c.name)).toEqual([
      'Immediate danger to life',
      'Urgent mental health help',
      'Samaritans',
      'Shout',
      'Under 19s: Childline',
      'Domestic abuse: National Domestic Abuse Helpline',
      'Local',
    ]);
  });
});

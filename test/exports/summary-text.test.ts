import { describe, expect, it } from 'vitest';
import { renderExport } from '../../exports';
import { MAX_LINES, SUMMARY_WIDTH } from '../../exports/summary-text';
import { expectGolden, rendered } from './helpers';
import { FULL_ANSWERS, HOSTILE, PLAN, makeInput, makeState, decidedFlags } from './fixtures';

const screenedOut = () =>
  makeInput({
    plan: null,
    state: makeState({
      'screen.reason': 'Not sure',
      'screen.outcome': 'redirect',
      'screen.redirect_to': 'Community mental health team',
      'screen.redirect_reason': 'Needs specialist support first',
      'risk.status': 'no_known_risks',
    }),
  });
const codesOnly = () => makeInput({ state: makeState({ ...FULL_ANSWERS, 'consent.share': 'codes_only' }) });
const concern = (note = 'Referred to IDVA with her agreement') =>
  makeState(
    { ...FULL_ANSWERS, 'risk.status': 'risks_identified', 'risk.details': 'Falls at home; OT referral made' },
    {
      safeguarding: decidedFlags(note, 'Figure of speech'),
    },
  );
/** Long, pasted, non-ASCII text: what real input looks like, not the tidy fixture. */
const messy = () =>
  makeInput({
    state: concern('Spoke to the duty GP “Dr Ó Briain” – agreed a plan… '.repeat(8)),
    plan: {
      ...PLAN,
      gpRequest: 'Please review her pain relief – she says the tablets make her too drowsy to get to the allotment. '.repeat(3).slice(0, 400),
      goals: [...PLAN.goals, ...PLAN.goals, { ...PLAN.goals[0]!, id: 'g5', text: `${HOSTILE.goal} ${'very long goal text '.repeat(15)}` }],
      referrals: Array.from({ length: 6 }, (_, i) => ({ serviceId: `s${i}`, name: `Café Société number ${i}`, contact: '', reasons: [] })),
    },
  });

describe('pasteable text (golden files)', () => {
  it('full summary matches the golden file', async () => {
    expectGolden('summary-full.txt', (await rendered(makeInput(), 'text')).text!);
  });
  it('codes-only summary (codes-only consent) matches the golden file', async () => {
    expectGolden('summary-codes-only.txt', (await rendered(codesOnly(), 'codes')).text!);
  });
  it('screened-out summary matches the golden file', async () => {
    expectGolden('summary-screened-out.txt', (await rendered(screenedOut(), 'text')).text!);
  });
});

describe('pasteable text: a summary a GP reads in a minute', () => {
  it(`is ASCII only, at most ${MAX_LINES} lines of at most ${SUMMARY_WIDTH} columns, in every variant, even with long pasted text`, async () => {
    for (const input of [makeInput(), codesOnly(), screenedOut(), messy(), makeInput({ state: concern() })]) {
      const text = (await rendered(input, 'text')).text!;
      const lines = text.trimEnd().split('\n');
      expect(lines.length).toBeLessThanOrEqual(MAX_LINES);
      for (const l of lines) expect(l.length).toBeLessThanOrEqual(SUMMARY_WIDTH);
      expect(text).toMatch(/^[\x20-\x7e\n]*$/);
      expect(text).not.toMatch(/```/);
    }
  });

  it('leads with the summary in the fixed order: seen, what matters, agreed, risks, the ask, review, contact', async () => {
    const text = (await rendered(makeInput(), 'text')).text!;
    const order = [
      'Patient: ',
      'SUMMARY FOR THE GP',
      'Seen: ',
      'What matters: ',
      'What was agreed:',
      'Risks: ',
      'WHAT WE ASK OF THE GP: ',
      'Review: ',
      'Contact: ',
      'SNOMED CT CODES TO ENTER',
      'SCORES IN WORDS',
    ].map((h) => text.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('Patient: Marian Joy Okonkwo-Reid, born 1948-11-03, NHS number\n  943 476 5919'); // the number is never split
    expect(text).toContain('Seen: 2026-03-02, face to face, by Sam Patel (Social prescribing link\n  worker)');
    expect(text).toContain('WHAT WE ASK OF THE GP: No action needed.');
    expect(text).toContain('Review: Planned for 2026-06-01 with the link worker (not yet done).');
  });

  it('confirmed safeguarding concerns come first among the risks, with the online-access caution; dismissed ones never appear', async () => {
    const text = (await rendered(makeInput({ state: concern() }), 'text')).text!;
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(
      'SAFEGUARDING: Confirmed concern (2026-03-02): Domestic abuse / coercive control. Action taken: Referred to IDVA with her agreement',
    );
    expect(text.indexOf('SAFEGUARDING')).toBeLessThan(text.indexOf('Other risks: Risks identified: Falls at home'));
    expect(flat).toContain("please consider hiding it from the patient's online access");
    expect(text).not.toContain('Suicid');
  });

  it('codes-only consent: safeguarding categories only, no notes, no goals, no request text', async () => {
    const input = makeInput({
      state: makeState({ ...FULL_ANSWERS, 'consent.share': 'codes_only' }, { safeguarding: concern().safeguarding }),
      plan: { ...PLAN, gpRequest: 'Please review her pain relief' },
    });
    const text = (await rendered(input, 'codes')).text!;
    expect(text.replace(/\s+/g, ' ')).toContain('SAFEGUARDING: Confirmed concern (2026-03-02): Domestic abuse / coercive control.');
    for (const fragment of ['Referred to IDVA', 'allotment', 'Zephyrin', 'Citizens Advice', 'Bereavement Forum', 'pain relief'])
      expect(text).not.toContain(fragment);
    expect(text.replace(/\s+/g, ' ')).toContain('A request is recorded in the plan (not shared: codes-only consent)');
  });

  it('states the request to the GP recorded in the plan', async () => {
    const text = (await rendered(makeInput({ plan: { ...PLAN, gpRequest: 'Please review her pain relief' } }), 'text')).text!;
    expect(text).toContain('WHAT WE ASK OF THE GP: Please review her pain relief');
  });

  it('scores carry their meaning in words: ONS bands, UCLA range, what each MHLC subscale is about', async () => {
    const flat = (await rendered(makeInput(), 'text')).text!.replace(/\s+/g, ' ');
    expect(flat).toContain(
      'ONS4 (0-10, ONS bands): life satisfaction 4 low, worthwhile 5 medium, happiness 6 medium, anxiety 7 high (higher anxiety is worse)',
    );
    expect(flat).toContain('UCLA-3 loneliness: 8 (range 3-9, higher is lonelier)');
    // Worked from the fixture: internal 5+5+4+6+5+6, chance 2+2+2+2+1+2, powerful others 4+5+3+3+4+2.
    expect(flat).toContain('MHLC beliefs on what decides health (6-36, higher = stronger): own actions 31, chance 11, doctors/others 21');
    expect(flat).not.toMatch(/ONS4 total|MHLC total|internal\/external/i);
  });

  it('maps typographic characters to ASCII and keeps names readable', async () => {
    const plan = { ...PLAN, gpRequest: 'Ask Zoë’s GP – “Dr Ó Briain” – about café costs…' };
    const text = (await rendered(makeInput({ plan }), 'text')).text!;
    expect(text.replace(/\s+/g, ' ')).toContain(`WHAT WE ASK OF THE GP: Ask Zoe's GP - "Dr O Briain" - about cafe costs...`);
  });

  it('refuses without an approved plan (accepted referral)', async () => {
    const r = await renderExport(makeInput({ plan: null }), 'text');
    expect(r).toEqual({ ok: false, message: expect.stringContaining('no approved plan') });
  });
});

import { describe, expect, it } from 'vitest';
import { renderExport } from '../../exports';
import { SUMMARY_WIDTH } from '../../exports/summary-text';
import { expectGolden, rendered } from './helpers';
import { FULL_ANSWERS, makeInput, makeState } from './fixtures';

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

describe('text summary (golden files)', () => {
  it('full summary matches the golden file', async () => {
    expectGolden('summary-full.txt', (await rendered(makeInput(), 'text')).text!);
  });

  it('codes-only summary (codes-only consent) matches the golden file', async () => {
    const input = makeInput({ state: makeState({ ...FULL_ANSWERS, 'consent.share': 'codes_only' }) });
    expectGolden('summary-codes-only.txt', (await rendered(input, 'codes')).text!);
  });

  it('screened-out summary matches the golden file', async () => {
    expectGolden('summary-screened-out.txt', (await rendered(screenedOut(), 'text')).text!);
  });
});

describe('text summary content', () => {
  it('puts the plan first, then what matters, assessments, risks, signposts, contacts, review and codes', async () => {
    const text = (await rendered(makeInput(), 'text')).text!;
    const order = [
      'PLAN AND REQUESTED ACTIONS',
      'WHAT MATTERS TO ME',
      'ASSESSMENTS',
      'RISKS AND SAFEGUARDING',
      'SIGNPOSTING AND REFERRALS',
      'CONTACTS WITH THE SERVICE',
      'REVIEW',
      'SNOMED CT CODES FOR THIS RECORD',
    ].map((h) => text.indexOf(`\n${h}`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('reports scores as dialogs/scoring computes them, with bands and citations, never an ONS4 or MHLC total', async () => {
    const text = (await rendered(makeInput(), 'text')).text!;
    expect(text).toContain('Life satisfaction: 4/10, Low (ONS band)');
    expect(text).toContain('Anxiety yesterday (higher is worse): 7/10, High (ONS band)');
    expect(text).toContain('UCLA 3-item total: 8 (range 3-9, higher is lonelier)');
    expect(text).toContain('Some of the time');
    // Worked from the fixture: internal 5+5+4+6+5+6, chance 2+2+2+2+1+2, powerful others 4+5+3+3+4+2.
    expect(text).toMatch(/- Internal: 31\n\s+- Chance: 11\n\s+- Powerful Others: 21/);
    expect(text).toContain('Wallston KA, Wallston BS, DeVellis R (1978)');
    expect(text).toContain('Hughes ME');
    expect(text).toContain('importance 9/10, confidence 4/10');
    expect(text).not.toMatch(/ONS4 total|MHLC total|internal\/external/i);
  });

  it('says "No known risks" explicitly, and shows identified risks and confirmed safeguarding concerns', async () => {
    expect((await rendered(makeInput(), 'text')).text).toContain('Risks: No known risks.');
    const state = makeState(
      { ...FULL_ANSWERS, 'risk.status': 'risks_identified', 'risk.details': 'Falls at home; OT referral made' },
      {
        safeguarding: [
          { categories: ['self_harm'], quote: 'q', questionId: 'wmtm.worries', flaggedAt: '2026-03-02T10:00:00Z', decision: 'confirmed', note: 'Spoke to duty GP', decidedAt: '2026-03-02T10:05:00Z', decidedBy: 'lw' },
          { categories: ['suicide'], quote: 'q', questionId: null, flaggedAt: '2026-03-02T10:00:00Z', decision: 'dismissed', note: 'Figure of speech', decidedAt: '2026-03-02T10:06:00Z', decidedBy: 'lw' },
        ],
      },
    );
    const text = (await rendered(makeInput({ state }), 'text')).text!;
    expect(text).toContain('Risks: risks identified.');
    expect(text).toContain('Falls at home; OT referral made');
    expect(text).toContain('Safeguarding concern: Yes.');
    expect(text).toContain('Self-harm');
    expect(text).toContain('Action taken: Spoke to duty GP');
    expect(text).not.toContain('Suicidal thoughts'); // dismissed concerns are not exported
  });

  it('lists signposts apart from referrals, and handles no recorded sessions', async () => {
    const text = (await rendered(makeInput({ sessions: [] }), 'text')).text!;
    expect(text).toMatch(/Signposted to \(contact details given; not a referral\):\n\s+- Citizens Advice Leeds[\s\S]*Referred to:\n\s+- Leeds Bereavement Forum/);
    expect(text).toContain('No contacts recorded besides this assessment.');
  });

  it('is plain fixed-width text in every variant: no line over the width, no markup', async () => {
    const codesOnly = makeInput({ state: makeState({ ...FULL_ANSWERS, 'consent.share': 'codes_only' }) });
    for (const input of [makeInput(), codesOnly, screenedOut()]) {
      const text = (await rendered(input, 'text')).text!;
      for (const l of text.split('\n')) expect(l.length).toBeLessThanOrEqual(SUMMARY_WIDTH);
      expect(text).not.toMatch(/<[a-z]|\*\*|```/i);
    }
  });

  it('codes-only text has no free text from the assessment or the plan', async () => {
    const input = makeInput({ state: makeState({ ...FULL_ANSWERS, 'consent.share': 'codes_only' }) });
    const text = (await rendered(input, 'text')).text!;
    for (const fragment of ['allotment', 'Zephyrin', 'Large print', 'Citizens Advice', 'Bereavement Forum', 'Assessment at the surgery', 'Good with plants'])
      expect(text).not.toContain(fragment);
    expect(text).toContain('871731000000106');
    expect(text).toContain('Review date: 2026-06-01');
  });

  it('refuses without an approved plan (accepted referral)', async () => {
    const r = await renderExport(makeInput({ plan: null }), 'text');
    expect(r).toEqual({ ok: false, message: expect.stringContaining('no approved plan') });
  });
});

import { describe, expect, it } from 'vitest';
import { toWinAnsi } from '../../exports/pdf-letter';
import { pdfText, rendered } from './helpers';
import { PLAN, makeInput } from './fixtures';

describe('PDF letter', () => {
  it('is a PDF whose extracted text carries the message back to GP and referrer', async () => {
    const artifact = await rendered(makeInput(), 'pdf');
    expect(artifact.mediaType).toBe('application/pdf');
    expect(artifact.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(artifact.body);
    const pages = text.split('\f').filter((p) => p.trim());
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    // Page 1: who, and the summary a GP reads in a minute.
    for (const expected of [
      'Social prescribing: message back to GP and referrer',
      'Marian Joy Okonkwo-Reid',
      'Born 1948-11-03 NHS number 943 476 5919', // full, 3-3-4: the letter goes to the GP
      'To: The GP, Meanwood Health Centre (ODS B86999)',
      'Copy to: the referrer (GP)',
      'Summary for the GP',
      'Seen 2026-03-02, face to face, by Sam Patel (Social prescribing link worker)',
      'What matters "Getting back to my allotment and seeing my grandson Zephyrin"',
      'WHAT WE ASK OF THE GP No action needed.',
      'Review Planned for 2026-06-01',
      'Contact Sam Patel, Leeds North Social Prescribing, tel 0113 496 0000',
    ])
      expect(flat(pages[0]!)).toContain(expected);
    // The details follow on later pages, never on page 1.
    for (const expected of [
      'Plan and requested actions',
      'Agreed with the person; version 3 approved by Sam Patel on 9 Mar 2026, 12:00 GMT.',
      'Goal 1: get back to my allotment (importance 9/10)',
      'What matters most: Getting back to my allotment and seeing my grandson Zephyrin',
      'Life satisfaction: 4/10, Low (ONS band)',
      'UCLA 3-item total: 8',
      'Powerful Others: 21 of 36 - belief that doctors, other professionals or family control their health',
      "Internal: 31 of 36 - belief that the person's own actions decide their health",
      'Risks: No known risks.',
      'Signposted to (contact details given; not a referral):',
      'Review planned for 2026-06-01 (not yet done).',
    ]) {
      expect(flat(pages.slice(1).join(' '))).toContain(expected);
      expect(flat(pages[0]!)).not.toContain(expected);
    }
    expect(flat(text)).not.toContain('plan-0001'); // the internal plan id is nobody's business in the record
    expect(flat(text)).not.toMatch(/Draft plan|DRAFT/);
    // The patient's name and identifier are on every page.
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, page] of pages.entries())
      expect(flat(page)).toContain(`Marian Joy Okonkwo-Reid, NHS number 943 476 5919 - page ${i + 1} of ${pages.length}`);
  });

  it('an approved plan reads as agreed, a request to the GP stands out on page 1', async () => {
    const plan = { ...PLAN, narrative: "Draft plan: 2 goals in the person's words.", gpRequest: 'Please review her pain relief before the allotment visit' };
    const pages = (await pdfText((await rendered(makeInput({ plan }), 'pdf')).body)).split('\f');
    const page1 = pages[0]!.replace(/\s+/g, ' ');
    expect(page1).toContain('WHAT WE ASK OF THE GP Please review her pain relief before the allotment visit');
    const rest = pages.join(' ').replace(/\s+/g, ' ');
    expect(rest).toContain("Agreed plan: 2 goals in the person's words.");
    expect(rest).not.toContain('Draft plan');
  });

  it('is byte-identical for the same export (fixed dates in the metadata)', async () => {
    expect((await rendered(makeInput(), 'pdf')).body.equals((await rendered(makeInput(), 'pdf')).body)).toBe(true);
  });

  it('replaces characters the built-in fonts cannot draw rather than printing a wrong glyph', () => {
    expect(toWinAnsi('café – “ok” 😀 ✓')).toBe('café – “ok” ? ?');
  });
});

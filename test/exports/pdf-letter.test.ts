import { describe, expect, it } from 'vitest';
import { toWinAnsi } from '../../exports/pdf-letter';
import { pdfText, rendered } from './helpers';
import { makeInput, makeState } from './fixtures';

describe('PDF letter', () => {
  it('is a PDF whose extracted text carries the message back to GP and referrer', async () => {
    const artifact = await rendered(makeInput(), 'pdf');
    expect(artifact.mediaType).toBe('application/pdf');
    expect(artifact.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(artifact.body);
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of [
      'Social prescribing: message back to GP and referrer',
      'Re: NHS number 943 476 5919', // full, 3-3-4: the letter goes to the GP
      'To: The GP, Meanwood Health Centre (B86999)',
      'Copy to: the referrer (GP)',
      'Plan and requested actions',
      'Goal 1: get back to my allotment (importance 9/10)',
      'What matters most: Getting back to my allotment and seeing my grandson Zephyrin',
      'Life satisfaction: 4/10, Low (ONS band)',
      'UCLA 3-item total: 8',
      'Powerful Others: 21',
      'Risks: No known risks.',
      'Signposted to (contact details given; not a referral):',
      'Review date: 2026-06-01',
      '871731000000106 - Referral to social prescribing service (procedure)',
    ])
      expect(flat).toContain(expected);
    // The patient identifier is on every page.
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, page] of pages.entries()) expect(page).toContain(`NHS number 943 476 5919 - page ${i + 1} of ${pages.length}`);
  });

  it('shows a local reference when there is no NHS number', async () => {
    const state = makeState(undefined, { patient: { kind: 'local', value: 'SP-2041', masked: 'SP***41' } });
    const flat = (await pdfText((await rendered(makeInput({ state }), 'pdf')).body)).replace(/\s+/g, ' ');
    expect(flat).toContain('Re: Local reference SP-2041');
  });

  it('is byte-identical for the same export (fixed dates in the metadata)', async () => {
    expect((await rendered(makeInput(), 'pdf')).body.equals((await rendered(makeInput(), 'pdf')).body)).toBe(true);
  });

  it('replaces characters the built-in fonts cannot draw rather than printing a wrong glyph', () => {
    expect(toWinAnsi('café – “ok” 😀 ✓')).toBe('café – “ok” ? ?');
  });
});

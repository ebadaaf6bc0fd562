import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, renderExport } from '../../exports';
import { TERMINOLOGY, UNVERIFIED_CODES, assertNoUnverifiedCodes, codeFor, type TermKey } from '../../exports/terminology';
import { pdfText } from './helpers';
import { FULL_ANSWERS, makeInput, makeState } from './fixtures';

const OFFERED = '871691000000100';

describe('terminology table', () => {
  it('marks "Social prescribing offered" unverified, and codeFor never returns it', () => {
    expect(TERMINOLOGY.sp_offered).toMatchObject({ code: OFFERED, verified: false });
    expect(UNVERIFIED_CODES).toEqual([OFFERED]);
    expect(codeFor('sp_offered')).toBeNull();
  });

  it('returns every verified code with its term from gp-record.md', () => {
    for (const key of Object.keys(TERMINOLOGY) as TermKey[]) {
      const entry = TERMINOLOGY[key];
      expect(codeFor(key)).toEqual(entry.verified ? { system: 'http://snomed.info/sct', code: entry.code, display: entry.term } : null);
    }
    expect(codeFor('sp_referral')?.code).toBe('871731000000106');
    expect(codeFor('sp_declined')?.code).toBe('871711000000103');
  });

  it('the last-line guard refuses any output containing an unverified code', () => {
    expect(() => assertNoUnverifiedCodes(`code ${OFFERED} here`)).toThrow(/unverified SNOMED CT code 871691000000100/);
    expect(() => assertNoUnverifiedCodes('871731000000106')).not.toThrow();
  });

  it('an unverified code is never emitted in any format or variant', async () => {
    // An accepted referral is exactly where "offered" would apply: the exporters ask for it and codeFor drops it.
    const inputs = [
      makeInput(),
      makeInput({ state: makeState({ ...FULL_ANSWERS, 'consent.share': 'codes_only' }) }),
      makeInput({ plan: null, state: makeState({ 'screen.outcome': 'decline', 'screen.decline_reason': 'x', 'risk.status': 'no_known_risks' }) }),
    ];
    let checked = 0;
    for (const input of inputs)
      for (const format of EXPORT_FORMATS) {
        const r = await renderExport(input, format);
        if (!r.ok) continue;
        const shown = format === 'pdf' ? await pdfText(r.artifact.body) : r.artifact.body.toString('utf8');
        expect(shown).not.toContain(OFFERED);
        checked++;
      }
    expect(checked).toBe(11); // 4 full + 3 codes-only (no letter under codes-only consent) + 4 screened out
  });
});

import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportScope, renderExport } from '../../exports';
import { FULL_ANSWERS, makeInput, makeState } from './fixtures';

const withShare = (share: string | undefined) => {
  const answers = { ...FULL_ANSWERS };
  if (share === undefined) delete answers['consent.share'];
  else answers['consent.share'] = share;
  return makeInput({ state: makeState(answers) });
};

async function outcomes(input: ReturnType<typeof makeInput>) {
  const out: Record<string, string> = {};
  for (const f of EXPORT_FORMATS) {
    const r = await renderExport(input, f);
    out[f] = r.ok ? r.artifact.variant : `refused: ${r.message}`;
  }
  return out;
}

describe('consent variants', () => {
  it('full consent: every format, with codes as the codes-only variant', async () => {
    expect(await outcomes(withShare('full'))).toEqual({ text: 'full', pdf: 'full', fhir: 'full', codes: 'codes_only' });
  });

  it('codes-only consent: codes-only text and FHIR; the letter is refused with a reason', async () => {
    const out = await outcomes(withShare('codes_only'));
    expect(out).toMatchObject({ text: 'codes_only', fhir: 'codes_only', codes: 'codes_only' });
    expect(out.pdf).toMatch(/^refused: .*codes only.*export codes/i);
  });

  it('no consent: nothing is exported in any format, with a clear message', async () => {
    const out = await outcomes(withShare('none'));
    for (const f of EXPORT_FORMATS)
      expect(out[f]).toBe('refused: The person did not consent to sharing with their GP, so nothing can be exported. Nothing was created or sent.');
  });

  it('consent not yet answered is not consent', async () => {
    const out = await outcomes(withShare(undefined));
    for (const f of EXPORT_FORMATS) expect(out[f]).toMatch(/^refused: The consent question/);
  });

  it('declined or redirected at screening: exports the declined code with the reason, no plan needed', async () => {
    const declined = makeInput({
      plan: null,
      state: makeState({ 'screen.outcome': 'decline', 'screen.decline_reason': 'Prefers church lunch club', 'risk.status': 'no_known_risks' }),
    });
    expect(exportScope(declined.state.answers)).toEqual({ kind: 'screened_out', outcome: 'decline', reason: 'Prefers church lunch club', redirectTo: null });
    const r = await renderExport(declined, 'text');
    const flat = r.ok ? r.artifact.text!.replace(/\s+/g, ' ') : '';
    expect(flat).toContain('871711000000103 - Social prescribing declined (situation)');
    expect(flat).toContain('Reason: Prefers church lunch club');
    expect(flat).not.toContain('871731000000106');
  });

  it('no screening outcome yet: nothing to export', () => {
    expect(exportScope(makeState({}).answers)).toMatchObject({ kind: 'refused' });
  });
});

import { describe, expect, it } from 'vitest';
import { renderExport, type ExportFormat } from '../../exports';
import { SNOMED_SYSTEM, TERMINOLOGY } from '../../exports/terminology';
import type { ExportInput } from '../../exports/document';
import { bundleOf, pdfText, rendered } from './helpers';
import { FULL_ANSWERS, makeInput, makeState } from './fixtures';

/**
 * Meaning over format: each rule from issue 17 for the codes we send to a GP record, checked in
 * every output meant for it (pasteable text, codes-only text, letter) and in the FHIR bundle.
 */
const REFERRAL = '871731000000106';
const DECLINED = '871711000000103';
const REVIEW = '425268008';

const full = () => makeInput();
const codesOnly = () => makeInput({ state: makeState({ ...FULL_ANSWERS, 'consent.share': 'codes_only' }) });
const declined = () =>
  makeInput({
    plan: null,
    state: makeState({ 'screen.outcome': 'decline', 'screen.decline_reason': 'Prefers church lunch club', 'risk.status': 'no_known_risks' }),
  });
const redirected = () =>
  makeInput({
    plan: null,
    state: makeState({
      'screen.outcome': 'redirect',
      'screen.redirect_to': 'Community mental health team',
      'screen.redirect_reason': 'Needs specialist support first',
      'risk.status': 'no_known_risks',
    }),
  });

/** What a person entering codes reads: the text forms and the letter. */
async function dataEntryTexts(input: ExportInput): Promise<string[]> {
  const out: string[] = [];
  for (const format of ['text', 'codes', 'pdf'] as ExportFormat[]) {
    const r = await renderExport(input, format);
    if (!r.ok) continue;
    out.push((format === 'pdf' ? await pdfText(r.artifact.body) : r.artifact.text!).replace(/\s+/g, ' '));
  }
  return out;
}

/** The "codes to enter" block of a text export. */
const codesToEnter = (text: string) => text.slice(text.indexOf('SNOMED CT CODES TO ENTER'));

function snomedCodings(value: unknown, path = '', out: Array<{ code: string; path: string }> = []) {
  if (Array.isArray(value)) value.forEach((v, i) => snomedCodings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.system === SNOMED_SYSTEM && typeof o.code === 'string') out.push({ code: o.code, path });
    for (const [k, v] of Object.entries(o)) snomedCodings(v, `${path}.${k}`, out);
  }
  return out;
}

describe('coding with the right meaning', () => {
  it('871731000000106 codes only the referral INTO social prescribing: one inbound ServiceRequest, never an onward referral', async () => {
    for (const make of [full, codesOnly]) {
      const bundle = await bundleOf(make());
      const uses = bundle.entry.flatMap((e) =>
        snomedCodings(e.resource)
          .filter((c) => c.code === REFERRAL)
          .map(() => e.resource),
      );
      expect(uses).toHaveLength(1);
      expect(uses[0]).toMatchObject({ resourceType: 'ServiceRequest', status: 'completed', code: { text: 'Referral to social prescribing service' } });
      expect(uses[0]!.performer[0].display).toBe('Leeds North Social Prescribing');
    }
  });

  it('the referral code is never asked to be entered again, in any text or letter', async () => {
    for (const make of [full, codesOnly, declined, redirected]) {
      const text = (await rendered(make(), make === codesOnly ? 'codes' : 'text')).text!;
      expect(codesToEnter(text)).not.toContain(REFERRAL);
      for (const shown of await dataEntryTexts(make())) expect(shown).not.toContain(REFERRAL);
    }
    expect((await rendered(full(), 'text')).text!.replace(/\s+/g, ' ')).toContain(
      'The referral into social prescribing is already coded: do not code it again.',
    );
  });

  it('onward referrals to community services are text: named, never coded', async () => {
    const bundle = await bundleOf(full());
    const onward = bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === 'ServiceRequest' && r.status === 'active');
    expect(onward.map((r) => r.code)).toEqual([{ text: 'Referral to Leeds Bereavement Forum' }]);
    expect((await rendered(full(), 'text')).text!.replace(/\s+/g, ' ')).toContain('Referred to Leeds Bereavement Forum');
  });

  it('a redirect is not a decline: no "Social prescribing declined" code anywhere; a real decline carries it', async () => {
    const bundle = await bundleOf(redirected());
    expect(snomedCodings(bundle).map((c) => c.code)).not.toContain(DECLINED);
    const outcome = bundle.entry.find((e) => e.resource.resourceType === 'Observation')!.resource;
    expect(outcome.code).toEqual({ text: 'Redirected to another service from social prescribing' });
    for (const shown of await dataEntryTexts(redirected())) {
      expect(shown).not.toContain(DECLINED);
      expect(shown).toContain('Community mental health team');
    }
    const text = (await rendered(declined(), 'text')).text!;
    expect(codesToEnter(text).replace(/\s+/g, ' ')).toContain(`${DECLINED} - Social prescribing declined (situation)`);
    expect(snomedCodings(await bundleOf(declined())).map((c) => c.code)).toEqual([DECLINED]);
  });

  it('no review code beside a future review date in anything meant for data entry; FHIR has it only as a scheduled activity', async () => {
    for (const make of [full, codesOnly]) {
      for (const shown of await dataEntryTexts(make())) {
        expect(shown).not.toContain(REVIEW);
        expect(shown).toMatch(/2026-06-01/);
      }
      const bundle = await bundleOf(make());
      const reviewUses = bundle.entry.flatMap((e) =>
        snomedCodings(e.resource)
          .filter((c) => c.code === REVIEW)
          .map((c) => ({ type: e.resource.resourceType, path: c.path, resource: e.resource })),
      );
      expect(reviewUses.map((u) => [u.type, u.path])).toEqual([
        ['CarePlan', `.activity[${reviewUses[0]!.resource.activity.length - 1}].detail.code.coding[0]`],
      ]);
      const detail = reviewUses[0]!.resource.activity.at(-1).detail;
      expect([detail.status, detail.scheduledPeriod.start]).toEqual(['scheduled', '2026-06-01']);
    }
  });

  it('every SNOMED CT code in every bundle is a verified entry of the terminology table, with its own term', async () => {
    const verified = new Map<string, string>(
      Object.values(TERMINOLOGY)
        .filter((t) => t.verified)
        .map((t) => [t.code, t.term]),
    );
    for (const make of [full, codesOnly, declined, redirected]) {
      const bundle = await bundleOf(make());
      const codings: Array<{ code: string; display?: string }> = [];
      JSON.stringify(bundle, (_k, v) => (v && typeof v === 'object' && v.system === SNOMED_SYSTEM && codings.push(v), v));
      for (const c of codings) expect(c.display).toBe(verified.get(c.code));
    }
  });
});

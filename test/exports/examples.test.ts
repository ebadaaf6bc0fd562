import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UNVERIFIED_CODES } from '../../exports/terminology';
import { fhirErrors, pdfText, referencesIn } from './helpers';
import { MAX_LINES } from '../../exports/summary-text';

/** The committed sample exports (scripts/example-exports.ts) must stay safe and valid. */
const dir = fileURLToPath(new URL('../../docs/examples/exports/', import.meta.url));
const read = (name: string) => readFileSync(`${dir}${name}`);

describe('committed sample exports', () => {
  it('contain no unverified code in any file', async () => {
    const shown = [
      read('summary.txt').toString(),
      read('codes-only.txt').toString(),
      read('bundle.json').toString(),
      read('bundle-codes-only.json').toString(),
      await pdfText(read('letter.pdf')),
    ];
    for (const text of shown) for (const code of UNVERIFIED_CODES) expect(text).not.toContain(code);
  });

  it('the pasteable summaries are ASCII and at most 40 lines', () => {
    for (const name of ['summary.txt', 'codes-only.txt']) {
      const text = read(name).toString();
      expect(text).toMatch(/^[\x20-\x7e\n]*$/);
      expect(text.trimEnd().split('\n').length).toBeLessThanOrEqual(MAX_LINES);
    }
  });

  it('the Send Document example is an ITK3 message carrying the committed letter', () => {
    const message = JSON.parse(read('send-document.json').toString());
    expect([message.type, message.entry[0].resource.resourceType, message.entry[0].resource.event.code]).toEqual(['message', 'MessageHeader', 'ITK007C']);
    const binary = message.entry[2].resource.entry.find((e: { resource: { resourceType: string } }) => e.resource.resourceType === 'Binary').resource;
    expect(Buffer.from(binary.content, 'base64').equals(read('letter.pdf'))).toBe(true);
  });

  it.each(['bundle.json', 'bundle-codes-only.json'])('%s is a valid FHIR R4 document (schema and medplum) with resolvable references', async (name) => {
    const bundle = JSON.parse(read(name).toString());
    expect(await fhirErrors(bundle)).toEqual([]);
    const urls = bundle.entry.map((e: { fullUrl: string }) => e.fullUrl);
    for (const r of referencesIn(bundle.entry)) expect(urls).toContain(r);
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UNVERIFIED_CODES } from '../../exports/terminology';
import { fhirSchemaErrors, pdfText, referencesIn } from './helpers';

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

  it.each(['bundle.json', 'bundle-codes-only.json'])('%s is a valid FHIR R4 document with resolvable references', (name) => {
    const bundle = JSON.parse(read(name).toString());
    expect(fhirSchemaErrors(bundle)).toEqual([]);
    const urls = bundle.entry.map((e: { fullUrl: string }) => e.fullUrl);
    for (const r of referencesIn(bundle.entry)) expect(urls).toContain(r);
  });
});

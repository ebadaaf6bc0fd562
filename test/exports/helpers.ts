import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect } from 'vitest';
import { renderExport, type ExportFormat } from '../../exports';
import type { ExportInput } from '../../exports/document';

import { fhirErrors } from './fhir-validators';

export { fhirErrors, fhirSchemaErrors, medplumErrors } from './fhir-validators';

export async function rendered(input: ExportInput, format: ExportFormat) {
  const r = await renderExport(input, format);
  if (!r.ok) throw new Error(`expected an export, got: ${r.message}`);
  return r.artifact;
}

/** Every bundle a test builds is validated by both FHIR validators before the test sees it. */
export async function bundleOf(input: ExportInput, format: ExportFormat = 'fhir') {
  const bundle = JSON.parse((await rendered(input, format)).body.toString('utf8'));
  expect(await fhirErrors(bundle)).toEqual([]);
  return bundle as {
    resourceType: string;
    type: string;
    entry: Array<{ fullUrl: string; resource: Record<string, any> & { resourceType: string; id: string } }>;
  };
}

/**
 * The text a PDF actually shows, read by an independent parser (pdf.js, through unpdf), not by
 * our writer. Pages are separated by form feeds, as pdftotext does, so tests can check each page.
 */
export async function pdfText(pdf: Buffer): Promise<string> {
  // A copy: pdf.js takes ownership of (detaches) the bytes it is given.
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  try {
    const { text } = await extractText(doc, { mergePages: false });
    return text.join('\f');
  } finally {
    await doc.destroy();
  }
}

const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));

/** Compares with test/exports/golden/<name>; UPDATE_GOLDEN=1 rewrites the file instead. */
export function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** Every reference in a resource tree ("reference": "...") */
export function referencesIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => referencesIn(v, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'reference' && typeof v === 'string') out.push(v);
      else referencesIn(v, out);
    }
  return out;
}

/**
 * Import a community-resource directory from Open Referral UK data.
 *
 *   tsx scripts/directory-import.ts <file-or-url> [--out data/directory.json] [--strict]
 *
 * <file-or-url>: an ORUK JSON file (a service, an array of services, or a /services page), the
 * flat CSV described in plans/directory/csv.ts, or an http(s) URL of an ORUK API `/services`
 * endpoint (every page is followed). Accepted/rejected counts and each rejection reason are
 * printed; the normalised directory is written to --out (default data/directory.json).
 * Nothing is written when nothing was accepted, or with --strict when any record was rejected.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fetchOpenReferral } from '../plans/directory/fetch-pages';
import { DirectoryImportError } from '../plans/directory/import';
import { loadDirectory, toNormalisedDocument } from '../plans/directory/load';
import type { ImportIssue, ImportResult } from '../plans/directory/model';
import { geoNamesGreatBritain } from '../plans/places/geonames';
import { prepareDirectory } from '../plans/places/prepare-directory';

export { loadDirectory } from '../plans/directory/load';

export interface CliArgs {
  source: string;
  out: string;
  strict: boolean;
}

const USAGE = 'usage: tsx scripts/directory-import.ts <file-or-url> [--out data/directory.json] [--strict]';

export function parseArgs(argv: readonly string[]): CliArgs | { error: string } {
  let source: string | undefined;
  let out = 'data/directory.json';
  let strict = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out') {
      const v = argv[++i];
      if (!v) return { error: '--out needs a path' };
      out = v;
    } else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a === '--strict') strict = true;
    else if (a.startsWith('--')) return { error: `unknown option ${a}` };
    else if (source) return { error: `unexpected argument ${a}` };
    else source = a;
  }
  return source ? { source, out, strict } : { error: 'missing <file-or-url>' };
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

export async function importSource(source: string): Promise<ImportResult> {
  return isUrl(source) ? fetchOpenReferral(source) : loadDirectory(source);
}

function describe(i: ImportIssue): string {
  const where = i.index < 0 ? 'document' : `record ${i.index}${i.id ? ` (id ${i.id})` : ''}`;
  return `  ${where}: ${i.path}: ${i.message}`;
}

const MAX_LISTED = 50;

function formatIssues(title: string, issues: readonly ImportIssue[]): string {
  return [
    `${title}:`,
    ...issues.slice(0, MAX_LISTED).map(describe),
    ...(issues.length > MAX_LISTED ? [`  … and ${issues.length - MAX_LISTED} more`] : []),
  ].join('\n');
}

export function formatReport(r: ImportResult): string {
  const lines = [`format: ${r.format}`, `accepted: ${r.services.length}`, `rejected: ${r.rejectedCount}`];
  const list = (title: string, issues: ImportIssue[]) => {
    if (issues.length === 0) return;
    lines.push(`${title}:`, ...issues.slice(0, MAX_LISTED).map(describe));
    if (issues.length > MAX_LISTED) lines.push(`  … and ${issues.length - MAX_LISTED} more`);
  };
  list('rejection reasons', r.rejected);
  list('warnings', r.warnings);
  return lines.join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    console.error(`${args.error}\n${USAGE}`);
    return 2;
  }
  let result: ImportResult;
  try {
    result = await importSource(args.source);
  } catch (err) {
    if (err instanceof DirectoryImportError) {
      console.error(`import failed: ${err.message}`);
      return 1;
    }
    throw err;
  }
  console.log(formatReport(result));
  // Issue 15: locations checked against the map as the bot will at load, reported here first.
  const located = prepareDirectory(result.services, geoNamesGreatBritain());
  if (located.issues.length) console.log(formatIssues('location problems (coordinates ignored, or placed at the town centre)', located.issues));
  if (result.services.length === 0) {
    console.error('nothing accepted; no file written');
    return 1;
  }
  if (args.strict && result.rejectedCount > 0) {
    console.error('--strict: records were rejected; no file written');
    return 1;
  }
  const out = resolve(args.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(toNormalisedDocument(result.services, args.source), null, 2)}\n`);
  console.log(`wrote ${result.services.length} services to ${out}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}

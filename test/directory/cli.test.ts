import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDirectory } from '../../plans/directory/load';
import { formatReport, importSource, main, parseArgs } from '../../scripts/directory-import';
import { ORUK_REFERENCE, SAMPLES } from './helpers';

describe('directory-import CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'directory-import-'));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('parses arguments and explains bad ones', () => {
    expect(parseArgs(['x.json'])).toEqual({ source: 'x.json', out: 'data/directory.json', strict: false });
    expect(parseArgs(['x.csv', '--out', 'o.json', '--strict'])).toEqual({ source: 'x.csv', out: 'o.json', strict: true });
    expect(parseArgs(['--out=o.json', 'x'])).toEqual({ source: 'x', out: 'o.json', strict: false });
    expect(parseArgs([])).toEqual({ error: 'missing <file-or-url>' });
    expect(parseArgs(['a', 'b'])).toEqual({ error: 'unexpected argument b' });
    expect(parseArgs(['a', '--out'])).toEqual({ error: '--out needs a path' });
  });

  it('writes a normalised directory that loadDirectory reads back', async () => {
    const out = join(dir, 'nested', 'directory.json');
    expect(await main([`${SAMPLES}services.json`, '--out', out])).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.format).toBe('what-matters-directory');
    const back = loadDirectory(out);
    expect(back.format).toBe('normalised');
    expect(back.services).toHaveLength(25);
  });

  it('reports accepted/rejected counts with each reason', async () => {
    const report = formatReport(await importSource(`${SAMPLES}malformed-services.json`));
    expect(report).toContain('accepted: 2');
    expect(report).toContain('rejected: 7');
    expect(report).toContain('record 3 (id bad-004): minimum_age: minimum_age 65 is greater than maximum_age 18');
    expect(report).toContain('record 5 (id warn-006): service_at_locations[0].location.latitude: latitude 100 is outside -90..90');
    const reference = formatReport(await importSource(`${ORUK_REFERENCE}service_list.json`));
    expect(reference).toContain('document: (document): this is page 1 of 10');
  });

  it('changes nothing on failure: missing file, --strict with rejections, nothing accepted', async () => {
    const out = join(dir, 'directory.json');
    expect(await main([join(dir, 'missing.json'), '--out', out])).toBe(1);
    expect(await main([`${SAMPLES}malformed-services.json`, '--out', out, '--strict'])).toBe(1);
    expect(await main([`${SAMPLES}malformed-services.csv`, '--out', out, '--strict'])).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(await main(['--bogus'])).toBe(2);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fetchOpenReferral, type FetchLike } from '../../plans/directory/fetch-pages';
import { DirectoryImportError, importDirectoryDocument, importDirectoryText } from '../../plans/directory/import';
import { loadDirectory, toNormalisedDocument } from '../../plans/directory/load';
import { ORUK_REFERENCE, SAMPLES, byName } from './helpers';

describe('Open Referral UK reference examples', () => {
  it('imports service_full.json and reports (not keeps) the out-of-range latitude 100 / longitude 101', () => {
    const r = loadDirectory(`${ORUK_REFERENCE}service_full.json`);
    expect(r.format).toBe('oruk-service');
    expect(r.rejected).toEqual([]);
    const [s] = r.services;
    expect(s).toBeDefined();
    expect(s!.id).toBe('ac148810-d857-441c-9679-408f346de14b');
    expect(s!.organisation).toBe('Example Organization Inc.');
    // The place stays (address, town), the impossible coordinates do not.
    // region (issue 15) teaches the gazetteer which county a place is in.
    expect(s!.locations).toEqual([{ name: 'MyCity Civic Center', address: '1-30 Main Street', town: 'MyCity', postcode: 'ABC 1234', region: 'MyRegion' }]);
    expect(r.warnings).toContainEqual({
      index: 0,
      id: s!.id,
      path: 'service_at_locations[0].location.latitude',
      message: 'latitude 100 is outside -90..90; location coordinates ignored',
    });
    expect(r.warnings.some((w) => w.path.endsWith('postal_code') && w.message.includes('not a UK postcode'))).toBe(true);
  });

  it('derives the model fields from the full example', () => {
    const s = loadDirectory(`${ORUK_REFERENCE}service_full.json`).services[0]!;
    expect(s.cost).toBe('paid'); // cost_options amount 35
    expect(s.costNote).toContain('£35');
    expect(s.minAge).toBe(12);
    expect(s.maxAge).toBe(100);
    expect(s.attendance).toEqual({ inPerson: true, online: true, phone: false }); // "in-person or remotely via video"
    expect(s.accessibility.wheelchair).toBe(true);
    expect(s.accessibility.hearingLoop).toBe(true);
    expect(s.schedules.map((x) => [x.day, x.opens, x.closes])).toEqual([
      ['thursday', '10:00', '18:00'],
      ['friday', '10:00', '18:00'],
    ]);
    expect(s.needAreas).toEqual(['mental_wellbeing']); // from "Counselling", the taxonomy term is a placeholder
    expect(s.needEvidence.mental_wellbeing).toBe('counselling');
  });

  it('imports the paged service_list.json and warns that it is one page of ten', () => {
    const r = loadDirectory(`${ORUK_REFERENCE}service_list.json`);
    expect(r.format).toBe('oruk-service-list');
    expect(r.services.map((s) => s.name)).toEqual(['Community Counselling']);
    expect(r.services[0]!.cost).toBe('unknown'); // "fees": "fees_description" is a placeholder
    expect(r.warnings).toEqual([expect.objectContaining({ index: -1, path: '(document)', message: expect.stringContaining('page 1 of 10') })]);
  });

  it('accepts an array of full services', () => {
    const one = JSON.parse(readFileSync(`${ORUK_REFERENCE}service_full.json`, 'utf8'));
    const r = importDirectoryDocument([one, { ...one, id: 'second', name: 'Second copy' }]);
    expect(r.format).toBe('oruk-service-array');
    expect(r.services.map((s) => s.id)).toEqual([one.id, 'second']);
  });
});

describe('the sample directory', () => {
  it('imports all 25 services without rejections or warnings', () => {
    const r = loadDirectory(`${SAMPLES}services.json`);
    expect(r.services).toHaveLength(25);
    expect(r.rejected).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('maps taxonomy terms to need areas with the term as evidence', () => {
    const services = loadDirectory(`${SAMPLES}services.json`).services;
    const befriending = byName(services, 'Chapeltown Befriending Scheme');
    expect(befriending.needAreas).toContain('loneliness');
    expect(befriending.needEvidence.loneliness).toBe('befriending');
    expect(byName(services, 'Sheaf Valley Money & Debt Advice').needAreas).toEqual(['money']);
    expect(byName(services, 'Manningham Bereavement Support Group').needAreas).toEqual(['bereavement']);
    const line = byName(services, 'Silver Chat Telephone Befriending Line');
    expect(line.attendance).toEqual({ inPerson: false, online: false, phone: true });
    expect(line.locations).toEqual([]);
    expect(byName(services, 'Leeds Online Mindfulness Circle').attendance).toEqual({ inPerson: false, online: true, phone: false });
    expect(byName(services, 'Pulse Fitness Studio – Circuit Class').cost).toBe('paid');
    expect(byName(services, "Hillsborough Men's Shed").cost).toBe('low');
    expect(byName(services, 'Pitsmoor Grief Café').cost).toBe('free'); // "Free (donations welcome)"
    expect(byName(services, 'Manningham Bereavement Support Group').schedules).toEqual([
      { day: 'wednesday', frequency: 'monthly', opens: '18:00', closes: '19:30' },
    ]);
  });
});

describe('malformed records', () => {
  const r = loadDirectory(`${SAMPLES}malformed-services.json`);

  it('rejects each bad record with index, id, path and a readable message', () => {
    expect(r.rejected).toEqual([
      { index: 0, id: 'bad-001', path: 'name', message: 'is required' },
      { index: 1, id: 'bad-002', path: 'status', message: 'expected one of "active", "inactive", "defunct", "temporarily closed"' },
      { index: 2, id: 'bad-003', path: 'minimum_age', message: 'expected a number, got "twelve"' },
      { index: 3, id: 'bad-004', path: 'minimum_age', message: 'minimum_age 65 is greater than maximum_age 18' },
      { index: 4, id: 'bad-005', path: 'service_at_locations', message: expect.stringContaining('expected array') },
      { index: 6, id: 'warn-006', path: 'id', message: 'duplicate id (first seen at record 5); later copy ignored' },
      { index: 7, path: '(record)', message: expect.stringContaining('expected object') },
    ]);
    expect(r.rejectedCount).toBe(7);
  });

  it('keeps usable records, dropping only the broken parts with warnings', () => {
    expect(r.services.map((s) => s.id)).toEqual(['warn-006', 'ok-009']);
    const kept = r.services[0]!;
    expect(kept.contact.email).toBeUndefined();
    expect(kept.locations).toEqual([{ address: '1 Main Street', town: 'Leeds', postcode: 'LS1 4AP', region: 'West Yorkshire' }]);
    expect(r.warnings.map((w) => [w.index, w.path])).toEqual([
      [5, 'service_at_locations[0].location.latitude'],
      [5, 'email'],
    ]);
  });

  it('fails the whole document with a clear message when it is not Open Referral at all', () => {
    expect(() => importDirectoryText('{"hello": "world"}')).toThrow(DirectoryImportError);
    expect(() => importDirectoryText('{"contents": 3}')).toThrow(/services list: contents/);
    expect(() => importDirectoryText('{ not json')).toThrow(/not valid JSON/);
    expect(() => loadDirectory('/no/such/file.json')).toThrow(/no such file/);
  });

  it('treats 0,0 and a lone latitude as unusable coordinates', () => {
    const base = { id: 'x', name: 'X', status: 'active' };
    const at = (location: object) =>
      importDirectoryDocument({ ...base, service_at_locations: [{ location: { id: 'l', location_type: 'physical', name: 'Hall', ...location } }] });
    const zero = at({ latitude: 0, longitude: 0 });
    expect(zero.services[0]!.locations).toEqual([{ name: 'Hall' }]);
    expect(zero.warnings[0]!.message).toMatch(/placeholder/);
    const lone = at({ latitude: 53.8 });
    expect(lone.warnings[0]!.message).toMatch(/together/);
  });
});

describe('normalised directory files', () => {
  it('round-trips through toNormalisedDocument and importDirectoryDocument unchanged', () => {
    const services = loadDirectory(`${SAMPLES}services.json`).services;
    const doc = JSON.parse(JSON.stringify(toNormalisedDocument(services, 'sample', '2025-01-01T00:00:00.000Z')));
    const back = importDirectoryDocument(doc);
    expect(back.format).toBe('normalised');
    expect(back.services).toEqual([...services].sort((a, b) => (a.id < b.id ? -1 : 1)));
  });

  it('rejects a normalised record that does not fit the model', () => {
    const doc = { format: 'what-matters-directory', version: 1, services: [{ id: 'a', name: 'A' }] };
    const r = importDirectoryDocument(doc);
    expect(r.services).toEqual([]);
    expect(r.rejected.some((i) => i.path === 'status')).toBe(true);
  });
});

describe('fetching from an Open Referral API', () => {
  const page = (n: number, total: number, contents: object[]) =>
    JSON.stringify({ total_items: total * contents.length, total_pages: total, page_number: n, size: contents.length, last_page: n === total, contents });
  const svc = (id: string) => ({ id, name: `Service ${id}`, status: 'active' });

  it('follows every page and imports them as one list', async () => {
    const requested: string[] = [];
    const pages: Record<string, string> = {
      'https://api.example.org/services': page(1, 3, [svc('a'), svc('b')]),
      'https://api.example.org/services?page=2': page(2, 3, [svc('c'), svc('a')]),
      'https://api.example.org/services?page=3': page(3, 3, [svc('d')]),
    };
    const fake: FetchLike = async (url) => {
      requested.push(url);
      const body = pages[url];
      return { ok: body !== undefined, status: body ? 200 : 404, text: async () => body ?? '' };
    };
    const r = await fetchOpenReferral('https://api.example.org/services', { fetch: fake });
    expect(requested).toHaveLength(3);
    expect(r.services.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(r.rejected).toEqual([{ index: 3, id: 'a', path: 'id', message: 'duplicate id (first seen at record 0); later copy ignored' }]);
    expect(r.warnings).toEqual([]);
  });

  it('reports an HTTP error as a failed import', async () => {
    const fake: FetchLike = async () => ({ ok: false, status: 503, text: async () => '' });
    await expect(fetchOpenReferral('https://api.example.org/services', { fetch: fake })).rejects.toThrow('HTTP 503');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchResources } from '../../plans/directory/match';
import { NORMALISED_FORMAT } from '../../plans/directory/model';
import { draftPlan } from '../../plans/draft-plan';
import { planSchema } from '../../plans/model';
import { describeDirectorySource, loadDirectorySource } from '../../service/directory-source';
import { DIRECTORY, PERSON_LOW_CONFIDENCE, PERSON_SELF_DIRECTED, PERSON_STRUCTURED } from './fixtures';
import { inputFor } from './helpers';

describe('directory source (loaded once at start-up)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wma-dir-'));
  const file = (name: string, services: unknown[]) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify({ format: NORMALISED_FORMAT, version: 1, services }));
    return path;
  };

  it('prefers the imported directory over the sample, and indexes it for matching', () => {
    const imported = file('directory.json', DIRECTORY);
    const sample = file('sample.json', DIRECTORY.slice(0, 1));
    const d = loadDirectorySource({ importedPath: imported, samplePath: sample });
    expect(d).toMatchObject({ kind: 'imported', serviceCount: DIRECTORY.length, rejectedCount: 0 });
    expect(matchResources(d.index, { needs: ['money'], text: '', barriers: [] }, 3)[0]?.service.id).toBe('money-line');
  });

  it('falls back to the sample and says it is sample data; reports rejected records', () => {
    const sample = file('sample2.json', [...DIRECTORY.slice(0, 2), { id: 'broken' }]);
    const d = loadDirectorySource({ importedPath: join(dir, 'missing.json'), samplePath: sample });
    expect(d).toMatchObject({ kind: 'sample', serviceCount: 2, rejectedCount: 1 });
    expect(describeDirectorySource(d)).toMatch(/2 services from .*SAMPLE data.*1 records rejected/);
  });

  it('is empty, and says how to import, when there is no directory at all', () => {
    const d = loadDirectorySource({ importedPath: join(dir, 'none.json'), samplePath: join(dir, 'none2.json') });
    expect(d.kind).toBe('empty');
    expect(matchResources(d.index, { needs: ['money'], text: 'money', barriers: [] })).toEqual([]);
    expect(describeDirectorySource(d)).toMatch(/npm run directory:import/);
  });
});

describe('the shipped sample directory, when present', () => {
  it('loads, and every fixture person gets a valid plan citing only sample services', () => {
    const d = loadDirectorySource({ importedPath: '/nonexistent-wma/directory.json' });
    expect(d.kind).toBe('sample');
    expect(d.serviceCount).toBeGreaterThan(0);
    const ids = new Set(d.index.services.map((s) => s.id));
    for (const person of [PERSON_STRUCTURED, PERSON_SELF_DIRECTED, PERSON_LOW_CONFIDENCE]) {
      const plan = draftPlan(inputFor(person, d.index));
      expect(planSchema.safeParse(plan).success).toBe(true);
      for (const r of [...plan.referrals, ...plan.signposts]) expect(ids.has(r.serviceId)).toBe(true);
    }
  });
});

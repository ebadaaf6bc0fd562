import { beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ScriptAdmin } from '../../service/script-admin';
import { ScriptRegistry } from '../../service/script-registry';
import type { Store } from '../../store/types';
import { defaultDoc, KNEW_REFERRED_NEW, KNEW_REFERRED_OLD, memoryStore, question, toYaml } from './fixtures';

const ID = 'what_matters_default';
let store: Store;
let admin: ScriptAdmin;
let registry: ScriptRegistry;

function reworded() {
  const doc = defaultDoc();
  question(doc, 'screen.knew_referred').text = KNEW_REFERRED_NEW;
  return doc;
}

beforeEach(async () => {
  store = await memoryStore();
  registry = new ScriptRegistry(store);
  await registry.ensureDefaultPublished('2025-01-01T00:00:00.000Z');
  let tick = 0;
  admin = new ScriptAdmin(store, () => new Date(Date.UTC(2025, 1, 1, 9, 0, tick++)).toISOString());
});

describe('drafts', () => {
  it('saves one draft as the next version, records who changed what, and keeps editing that draft', async () => {
    const r = await admin.saveDraft('manager@example.org', ID, { document: reworded() });
    expect(r).toMatchObject({ ok: true, value: { version: 2, status: 'draft', createdBy: 'manager@example.org' } });
    const doc = reworded();
    doc.sessionCap = 8;
    expect(await admin.saveDraft('manager@example.org', ID, { source: toYaml(doc) })).toMatchObject({ ok: true, value: { version: 2 } });
    expect((await store.listScriptVersions(ID)).map((v) => [v.version, v.status])).toEqual([
      [1, 'published'],
      [2, 'draft'],
    ]);
    const audit = await admin.auditTrail(ID);
    expect(audit.map((a) => [a.actor, a.action, a.subject])).toEqual([
      ['system', 'script.publish', `script:${ID}:1`],
      ['manager@example.org', 'script.draft.save', `script:${ID}:2`],
      ['manager@example.org', 'script.draft.save', `script:${ID}:2`],
    ]);
    expect(audit[2]!.detail).toEqual({
      changeCount: 2,
      changes: ['script: sessionCap changed from 6 to 8', `question screen.knew_referred: text changed from "${KNEW_REFERRED_OLD}" to "${KNEW_REFERRED_NEW}"`],
      // Issue 20: the same changes in words, for the history panel.
      words: ['Session cap changed from 6 to 8 sessions', `Reworded a question in “Referral screening”: “${KNEW_REFERRED_OLD}” → “${KNEW_REFERRED_NEW}”`],
    });
  });

  it('refuses an invalid draft with path-precise issues and saves nothing', async () => {
    const doc = defaultDoc();
    question(doc, 'consent.share').options = [{ value: 'full', label: 'Full summary and plan' }];
    const r = await admin.saveDraft('m', ID, { document: doc });
    expect(r).toMatchObject({ ok: false, status: 422 });
    expect(!r.ok && r.issues).toEqual([{ path: 'sections[1].questions[0].options', message: 'expected at least 2 options' }]);
    expect(await store.listScriptVersions(ID)).toHaveLength(1);
    expect(await admin.auditTrail(ID)).toHaveLength(1);
  });

  it('refuses rewording a validated instrument with the reason, at the exact path', async () => {
    const doc = defaultDoc();
    const wellbeing = doc.sections.findIndex((s) => s.id === 'wellbeing');
    doc.sections[wellbeing]!.items = [{ key: 'life_satisfaction', text: 'How happy are you with things?' }];
    const r = await admin.saveDraft('m', ID, { document: doc });
    expect(!r.ok && r.issues).toEqual([
      {
        path: `sections[${wellbeing}].items`,
        message: 'Validated instrument (ONS4, ONS, Crown copyright): wording and scoring cannot be changed; you can include or remove it',
      },
    ]);
    // Copying an item into an editable section to reword it there is refused too.
    const copy = defaultDoc();
    copy.sections[0]!.questions!.push({ id: 'ons4.life_satisfaction', type: 'scale', min: 0, max: 10, text: 'How happy are you with things?' });
    const r2 = await admin.saveDraft('m', ID, { document: copy });
    expect(!r2.ok && r2.issues?.[0]).toMatchObject({
      path: 'sections[0].questions[9].id' /* issue 20: screening now also asks the practice code */,
      message: expect.stringContaining('belongs to a validated instrument'),
    });
    expect(await store.listScriptVersions(ID)).toHaveLength(1);
  });

  it('allows leaving an instrument out, but never the safeguarding risk question', async () => {
    const without = defaultDoc();
    without.sections = without.sections.filter((s) => s.id !== 'locus_of_control');
    expect(await admin.saveDraft('m', ID, { document: without })).toMatchObject({ ok: true });
    const noRisk = defaultDoc();
    noRisk.sections = noRisk.sections.filter((s) => s.id !== 'risks');
    const r = await admin.saveDraft('m', ID, { document: noRisk });
    expect(!r.ok && r.issues?.[0]?.message).toMatch(/"risk.status" question .* cannot be removed/);
  });

  it('refuses a draft that changes the script id, and imports a new script by the id in its file', async () => {
    const doc = reworded();
    doc.id = 'our_service';
    expect(await admin.saveDraft('m', ID, { document: doc })).toMatchObject({ ok: false, status: 422, issues: [{ path: 'id' }] });
    expect(await admin.saveDraft('m', null, { source: toYaml(doc) })).toMatchObject({
      ok: true,
      value: { scriptId: 'our_service', version: 1, status: 'draft' },
    });
    expect((await admin.auditTrail('our_service')).map((a) => a.action)).toEqual(['script.import']);
  });
});

describe('publish and rollback', () => {
  it('publishes a draft as an immutable version; in-progress versions stay readable', async () => {
    await admin.saveDraft('m', ID, { document: reworded() });
    expect(await admin.publish('lead', ID, 2)).toMatchObject({ ok: true, value: { version: 2, status: 'published' } });
    expect((await store.listScriptVersions(ID)).map((v) => [v.version, v.status])).toEqual([
      [1, 'retired'],
      [2, 'published'],
    ]);
    const latest = await registry.latestPublished(ID);
    expect(latest?.version).toBe(2);
    expect(latest?.compiled.byId.get('screen.knew_referred')?.text).toBe(KNEW_REFERRED_NEW);
    expect((await registry.get(ID, 1)).byId.get('screen.knew_referred')?.text).toBe(KNEW_REFERRED_OLD);

    // Published means frozen: publishing again is refused, the next edit is a new version.
    expect(await admin.publish('lead', ID, 2)).toMatchObject({ ok: false, status: 409 });
    const again = reworded();
    question(again, 'screen.knew_referred').text = 'Yet another wording?';
    expect(await admin.saveDraft('m', ID, { document: again })).toMatchObject({ ok: true, value: { version: 3 } });
    expect(parseYaml((await store.getScriptVersion(ID, 2))!.source)).toEqual(reworded());
    await expect(store.saveScriptVersion({ ...(await store.getScriptVersion(ID, 2))!, source: 'id: tampered' })).rejects.toThrow(/cannot|immutable|frozen/i);
  });

  it('rolls back by republishing an earlier version as a new version, and audits it', async () => {
    await admin.saveDraft('m', ID, { document: reworded() });
    await admin.publish('lead', ID, 2);
    expect(await admin.rollback('lead', ID, 2)).toMatchObject({ ok: false, status: 409 });
    const r = await admin.rollback('lead', ID, 1);
    expect(r).toMatchObject({ ok: true, value: { version: 3, status: 'published', createdBy: 'lead' } });
    expect((await store.getScriptVersion(ID, 3))!.source).toBe((await store.getScriptVersion(ID, 1))!.source);
    expect((await store.listScriptVersions(ID)).map((v) => v.status)).toEqual(['retired', 'retired', 'published']);
    expect((await registry.latestPublished(ID))?.compiled.byId.get('screen.knew_referred')?.text).toBe(KNEW_REFERRED_OLD);
    const last = (await admin.auditTrail(ID)).at(-1)!;
    expect(last).toMatchObject({ actor: 'lead', action: 'script.rollback', subject: `script:${ID}:3`, detail: { restoredFrom: 1, changeCount: 1 } });
  });

  it('diffs any two versions and exports YAML, JSON and FHIR', async () => {
    await admin.saveDraft('m', ID, { document: reworded() });
    const d = await admin.diff(ID, 1, 2);
    expect(d.ok && d.value.map((c) => c.summary)).toEqual([expect.stringContaining('question screen.knew_referred: text changed')]);
    const yaml = await admin.exportVersion(ID, 1, 'yaml');
    expect(yaml.ok && yaml.value.body).toBe((await store.getScriptVersion(ID, 1))!.source);
    const json = await admin.exportVersion(ID, 2, 'json');
    expect(json.ok && JSON.parse(json.value.body)).toEqual(reworded());
    const fhir = await admin.exportVersion(ID, 2, 'fhir');
    expect(fhir.ok && JSON.parse(fhir.value.body)).toMatchObject({ resourceType: 'Questionnaire', version: '2', status: 'draft' });
    expect(await admin.exportVersion(ID, 9, 'yaml')).toMatchObject({ ok: false, status: 404 });
  });

  it('shows editors script history only, never other audit entries', async () => {
    await store.appendAudit({ at: '2025-02-02T00:00:00.000Z', actor: 'lw', action: 'assessment.export', subject: 'assessment:abc' });
    expect((await admin.auditTrail()).every((a) => a.subject.startsWith('script:'))).toBe(true);
  });
});

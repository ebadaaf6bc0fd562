import { beforeEach, describe, expect, it } from 'vitest';
import { ScriptAdmin } from '../../service/script-admin';
import { ScriptRegistry } from '../../service/script-registry';
import { describeChanges } from '../../service/script-change-words';
import { validateScript } from '../../dialogs/script/validate';
import { runPreview } from '../../service/script-preview';
import type { Store } from '../../store/types';
import { defaultDoc, KNEW_REFERRED_NEW, KNEW_REFERRED_OLD, memoryStore, question } from './fixtures';

/** Two managers editing the same script: nobody's save silently replaces the other's. */
const ID = 'what_matters_default';
let store: Store;
let admin: ScriptAdmin;

beforeEach(async () => {
  store = await memoryStore();
  await new ScriptRegistry(store).ensureDefaultPublished('2025-01-01T00:00:00.000Z');
  let tick = 0;
  admin = new ScriptAdmin(store, () => new Date(Date.UTC(2025, 1, 1, 9, 0, tick++)).toISOString());
});

const withCap = (cap: number) => ({ document: { ...defaultDoc(), sessionCap: cap } });

describe('draft saves carry their base version', () => {
  it("refuses a second editor whose draft base is out of date (409), keeping the first editor's draft", async () => {
    const first = await admin.saveDraft('alex', ID, withCap(8), { basedOn: { version: 1, savedAt: null } });
    expect(first).toMatchObject({ ok: true, value: { version: 2 } });
    // Bo opened v1 before Alex saved, and now saves from the same base.
    const second = await admin.saveDraft('bo', ID, withCap(9), { basedOn: { version: 1, savedAt: null } });
    expect(second).toMatchObject({ ok: false, status: 409, conflict: { reason: 'draft_changed', current: { version: 2, createdBy: 'alex' } } });
    expect(!second.ok && second.message).toMatch(/Reload .* or save yours as a new draft/);
    const stored = await store.getScriptVersion(ID, 2);
    expect(stored?.source).toContain('sessionCap: 8');
    // Alex, whose base is current, keeps saving normally.
    if (!first.ok) throw new Error('unreachable');
    const again = await admin.saveDraft('alex', ID, withCap(7), { basedOn: { version: 2, savedAt: first.value.createdAt } });
    expect(again).toMatchObject({ ok: true, value: { version: 2 } });
  });

  it('"save as a new draft" keeps the other draft in the history and saves as the next version', async () => {
    await admin.saveDraft('alex', ID, withCap(8), { basedOn: { version: 1, savedAt: null } });
    const r = await admin.saveDraft('bo', ID, withCap(9), { basedOn: { version: 1, savedAt: null }, asNewDraft: true });
    expect(r).toMatchObject({ ok: true, value: { version: 3, status: 'draft', createdBy: 'bo' } });
    const versions = await store.listScriptVersions(ID);
    expect(versions.map((v) => [v.version, v.status]).sort()).toEqual([
      [1, 'published'],
      [2, 'retired'],
      [3, 'draft'],
    ]);
    expect((await store.getScriptVersion(ID, 2))?.source).toContain('sessionCap: 8');
    const audit = await admin.auditTrail(ID);
    expect(audit.map((a) => a.action)).toContain('script.draft.set_aside');
    // A set-aside draft was never published, so it cannot be "rolled back to".
    expect(await admin.rollback('bo', ID, 2)).toMatchObject({ ok: false, status: 409 });
  });

  it('refuses a save when the draft being edited was published meanwhile', async () => {
    const d = await admin.saveDraft('alex', ID, withCap(8), { basedOn: { version: 1, savedAt: null } });
    if (!d.ok) throw new Error('unreachable');
    expect(await admin.publish('alex', ID, 2, 'Longer support for complex cases')).toMatchObject({ ok: true });
    const late = await admin.saveDraft('bo', ID, withCap(9), { basedOn: { version: 2, savedAt: d.value.createdAt } });
    expect(late).toMatchObject({ ok: false, status: 409, conflict: { reason: 'live_changed', current: { version: 2 } } });
    const publish = (await admin.auditTrail(ID)).find((a) => a.action === 'script.publish' && a.actor === 'alex')!;
    expect(publish.detail).toMatchObject({ reason: 'Longer support for complex cases', words: ['Session cap changed from 6 to 8 sessions'] });
  });

  it('refuses a too-long reason and publishes nothing', async () => {
    await admin.saveDraft('alex', ID, withCap(8));
    expect(await admin.publish('alex', ID, 2, 'x'.repeat(501))).toMatchObject({ ok: false, status: 422 });
    expect((await store.getScriptVersion(ID, 2))?.status).toBe('draft');
  });
});

describe('changes in words', () => {
  const compiled = (doc: unknown) => {
    const v = validateScript(doc);
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    return v.compiled.script;
  };

  it('names questions by wording and options by label, never by id', () => {
    const before = defaultDoc();
    const after = defaultDoc();
    question(after, 'screen.knew_referred').text = KNEW_REFERRED_NEW;
    (question(after, 'consent.share').options as Array<{ value: string; label: string }>).push({ value: 'summary_only', label: 'Summary only' });
    (after.safeguarding as { localContacts: unknown[] }).localContacts.push({ name: 'Leeds crisis team', detail: '0113 000 1234' });
    const words = describeChanges(compiled(before), compiled(after));
    expect(words).toContainEqual({
      kind: 'reworded',
      text: 'Reworded a question in “Referral screening”',
      before: KNEW_REFERRED_OLD,
      after: KNEW_REFERRED_NEW,
    });
    expect(words).toContainEqual({ kind: 'added', text: '“What may we share with your GP?”: answer “Summary only” added' });
    expect(words).toContainEqual({ kind: 'added', text: 'Local safeguarding contact added: Leeds crisis team — 0113 000 1234' });
    expect(JSON.stringify(words)).not.toMatch(/screen\.knew_referred|consent\.share|summary_only/);
  });
});

describe('preview from a chosen section', () => {
  it('starts at the chosen section with earlier answers filled in so its condition holds', () => {
    const r = runPreview({ script: { document: defaultDoc() }, startAt: 'needs' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const q = r.prompts.find((p) => p.kind === 'question');
    expect(q && q.kind === 'question' && q.question.sectionId).toBe('needs');
    expect(r.state.answers['screen.outcome']?.value).toBe('accept');
    expect(runPreview({ script: { document: defaultDoc() }, startAt: 'nope' })).toMatchObject({ ok: false, status: 400 });
  });
});

import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FieldCipher } from '../../store/crypto';
import { createStore } from '../../store/create-store';
import { createHarness, TEST_KEYRING, texts, type Harness } from '../helpers/bot-harness';

let h: Harness;
let dir: string;
afterEach(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a turn on an assessment that fails validation', () => {
  it('sets it aside with a clear word, logs ids and issue paths only, and lets the link worker carry on', async () => {
    dir = mkdtempSync(join(tmpdir(), 'wma-quarantine-'));
    const path = join(dir, 'wma.sqlite');
    h = await createHarness({ store: createStore({ sqlitePath: path, encryptionKeys: TEST_KEYRING }) });
    expect(texts(await h.say('start 9434765919'))).toMatch(/New assessment for \*\*\* \*\*\* 5919/);
    await h.say('Spending time with my grandson at Blue Parrot Lane');
    const [a] = await h.store.listAssessments({ owner: 'aad-lw-1' });

    // Damage the stored document the way a bug or a bad restore might: a field of the wrong shape.
    const cipher = new FieldCipher(TEST_KEYRING);
    const db = new Database(path);
    const row = db.prepare('SELECT state_enc FROM assessments WHERE id = ?').get(a!.id) as { state_enc: string };
    const doc = cipher.decryptJson<Record<string, unknown>>(row.state_enc, `assessment:${a!.id}`);
    db.prepare('UPDATE assessments SET state_enc = ? WHERE id = ?').run(
      cipher.encryptJson({ ...doc, skipped: 'Blue Parrot Lane' }, `assessment:${a!.id}`),
      a!.id,
    );
    db.close();

    const reply = texts(await h.say('status'));
    expect(reply).toMatch(/could not be read safely, so it has been set aside unchanged/);
    expect(h.logs.text).toMatch(/stored assessment failed validation: quarantined, not used/);
    expect(h.logs.text).toContain('"path":"skipped"');
    expect(h.logs.text).not.toContain('Blue Parrot Lane');
    // Said once: the conversation no longer points at it, and a new assessment can start.
    expect(texts(await h.say('status'))).not.toMatch(/set aside/);
    expect(texts(await h.say('start SP-2041'))).toMatch(/New assessment for/);
    expect((await h.store.listAudit({ subjectPrefix: 'quarantine:assessment:' })).map((e) => e.detail?.id)).toEqual([a!.id]);
  });
});

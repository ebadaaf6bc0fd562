import { describe, expect, it } from 'vitest';
import { DecryptionError, KeyringError } from '../../../store/crypto';
import type { Store } from '../../../store/types';
import { answered, keyring, KEYS_A, newKey, NHS_NUMBER, OWNER, SECRET_PHRASE, turn } from '../fixtures';
import { eachFreshStore, type HarnessFactory, type StoreHarness } from './harness';

export function securityContract(makeHarness: HarnessFactory): void {
  describe('encryption at rest', () => {
    let h: StoreHarness;
    let store: Store;
    eachFreshStore(makeHarness, (fresh) => ({ h, store } = fresh));

    /** Answer, reply and patient reference all carry identifying text. */
    async function writePatientData(s: Store) {
      const first = answered('as-1', 'act-1');
      expect(await s.commitTurn(turn('conv-1', 'act-1', { assessment: first.state, events: first.events, replyText: `Noted: ${SECRET_PHRASE}` }))).toBe(
        'committed',
      );
      return first;
    }

    it('keeps patient text and the NHS number out of the stored bytes, but queryable columns plain', async () => {
      await writePatientData(store);
      const raw = await h.rawDump();
      // The dump really contains the rows: the plain owner column is visible.
      expect(raw).toContain(OWNER);
      expect(raw).not.toContain(SECRET_PHRASE);
      expect(raw).not.toContain(NHS_NUMBER);
      const hashes = await h.rawAll<{ patient_ref_hash: string }>('SELECT patient_ref_hash FROM assessments');
      expect(hashes[0]?.patient_ref_hash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('rotates keys: old rows stay readable, reencryptAll moves them, then the old key can go', async () => {
      const first = await writePatientData(store);
      const a = KEYS_A.keys.a!;
      const b = newKey();

      const withBoth = await h.open(keyring('b', { a, b }));
      expect((await withBoth.getAssessment('as-1'))?.value).toEqual(first.state);
      // A turn after rotation writes with the new key straight away.
      expect(await withBoth.commitTurn(turn('conv-2', 'act-1'))).toBe('committed');

      const bOnly = keyring('b', { b });
      const tooEarly = await h.open(bOnly);
      await expect(tooEarly.getAssessment('as-1')).rejects.toThrow(/key "a".*not in the keyring/);

      const counts = await withBoth.reencryptAll('admin-1');
      // entries: the assessment's answer and its history line, one row since SQL migration 4.
      expect(counts).toEqual({ conversations: 1, assessments: 1, entries: 1, answers: 1, replies: 1 });
      expect(await withBoth.reencryptAll('admin-1')).toEqual({ conversations: 0, assessments: 0, entries: 0, answers: 0, replies: 0 });

      const after = await h.open(bOnly);
      expect((await after.getAssessment('as-1'))?.value).toEqual(first.state);
      expect((await after.getConversation('conv-1'))?.value.activeAssessmentId).toBe('as-1');
      expect((await after.answerLog('as-1'))[0]?.value).toEqual(first.state.answers.what_matters?.value);
      expect(JSON.stringify(await after.getReply('conv-1', 'act-1'))).toContain(SECRET_PHRASE);
      // The patient hash moved to the new key too, so erasure by value still finds the row.
      expect((await after.erasePatient(NHS_NUMBER, 'admin-1')).assessments).toBe(1);
      const audit = await after.listAudit({ subjectPrefix: 'keys' });
      expect(audit.map((e) => [e.action, e.detail?.currentKey])).toEqual([
        ['keys.reencrypt', 'b'],
        ['keys.reencrypt', 'b'],
      ]);
    });

    it('a wrong key is a clear error, never garbage', async () => {
      await writePatientData(store);
      const wrong = await h.open(keyring('a', { a: newKey() }));
      await expect(wrong.getAssessment('as-1')).rejects.toBeInstanceOf(DecryptionError);
      await expect(wrong.getReply('conv-1', 'act-1')).rejects.toThrow(/wrong key "a" or tampered/);
    });

    it('tampered ciphertext is an error', async () => {
      await writePatientData(store);
      const [row] = await h.rawAll<{ state_enc: string }>('SELECT state_enc FROM assessments WHERE id = ?', ['as-1']);
      const parts = row!.state_enc.split(':');
      const body = parts[4]!;
      parts[4] = (body[0] === 'A' ? 'B' : 'A') + body.slice(1);
      await h.rawRun('UPDATE assessments SET state_enc = ? WHERE id = ?', [parts.join(':'), 'as-1']);
      await expect(store.getAssessment('as-1')).rejects.toThrow(/assessment:as-1 failed authentication/);
    });

    it('a ciphertext moved to another row does not decrypt there', async () => {
      await writePatientData(store);
      await store.commitTurn(turn('conv-2', 'act-1', { assessment: answered('as-2', 'act-1', 'something else').state }));
      await h.rawRun('UPDATE assessments SET state_enc = (SELECT state_enc FROM assessments WHERE id = ?) WHERE id = ?', ['as-1', 'as-2']);
      await expect(store.getAssessment('as-2')).rejects.toBeInstanceOf(DecryptionError);
    });

    it('refuses a keyring whose current key is missing or the wrong size', async () => {
      await expect(h.open(keyring('x', { a: newKey() }))).rejects.toBeInstanceOf(KeyringError);
      await expect(h.open(keyring('a', { a: Buffer.alloc(16).toString('base64') }))).rejects.toThrow(/32 bytes/);
    });
  });
}

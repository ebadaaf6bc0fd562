import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createStore } from '../../store/create-store';
import { createHarness } from '../helpers/bot-harness';
import { nodeArgsFor } from '../helpers/node-entry';
import { tempDataDir, type ActivityReply } from '../helpers/server-process';
import { sqlitePath, TEST_KEY_B64 } from './support/db';
import { nhsNumber } from './support/drive';
import { runFullAssessment } from './support/full-run';

/**
 * The operator CLIs over the store's retention, erasure and re-encryption, run as an operator
 * would run them (separate processes, configuration from the environment), each audited.
 */
const PATIENT_A = '9434765919';
const PATIENT_B = nhsNumber(777);
const PATIENT_C = nhsNumber(888);
const NEW_KEY = randomBytes(32).toString('base64');

function cli(script: string, args: string[], env: Record<string, string>, input?: string) {
  const r = spawnSync(process.execPath, [...nodeArgsFor(`scripts/${script}.ts`), ...args], {
    cwd: process.cwd(),
    env: { ...process.env, ...env },
    encoding: 'utf8',
    ...(input !== undefined ? { input } : {}),
    timeout: 60_000,
  });
  const json = r.status === 0 ? (JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, unknown>) : null;
  return { code: r.status, json, stdout: r.stdout, stderr: r.stderr };
}

describe('retention, erasure and key rotation CLIs', () => {
  it('rotate keys, erase one person and purge old records — all audited, nothing else touched', async () => {
    const dataDir = tempDataDir('wma-cli-');
    const oldKeys = { current: 'k1', keys: { k1: TEST_KEY_B64 } };
    const h = await createHarness({ store: createStore({ sqlitePath: sqlitePath(dataDir), encryptionKeys: oldKeys }) });
    const send = async (text: string) => (await h.say(text)) as ActivityReply[];
    const a = await runFullAssessment(send, PATIENT_A);
    const b = await runFullAssessment(send, PATIENT_B);
    await h.say(`start ${PATIENT_C}`); // left in progress: retention must not touch it
    const c = (await h.store.listAssessments({ status: 'active' }))[0]!;
    await h.close();

    // Key rotation: new key first, old key kept until re-encryption has finished.
    const rotatingEnv = { WMA_DATA_DIR: dataDir, WMA_ENCRYPTION_KEYS: `k2:${NEW_KEY},k1:${TEST_KEY_B64}` };
    const rotated = cli('rotate-keys', ['--actor', 'ops.alice'], rotatingEnv);
    expect(rotated.code, rotated.stderr).toBe(0);
    expect(rotated.json).toMatchObject({ action: 'keys.reencrypt', assessments: 3 });
    expect(rotated.json!.answers).toBe(a.answers + b.answers);
    expect(cli('rotate-keys', ['--actor', 'ops.alice'], rotatingEnv).json).toMatchObject({ conversations: 0, assessments: 0, answers: 0, replies: 0 });

    // From now on the old key is gone: everything must still read under the new key alone.
    const env = { WMA_DATA_DIR: dataDir, WMA_ENCRYPTION_KEYS: `k2:${NEW_KEY}` };
    const erased = cli('erase-patient', ['--actor', 'dpo.bob', '--patient', '-'], env, `${PATIENT_A}\n`);
    expect(erased.code, erased.stderr).toBe(0);
    expect(erased.json).toMatchObject({ action: 'patient.erase', assessments: 1, answers: a.answers });
    expect(erased.stdout).not.toContain(PATIENT_A);

    const purged = cli('purge', ['--actor', 'ops.alice', '--before', new Date(Date.now() + 86_400_000).toISOString()], env);
    expect(purged.code, purged.stderr).toBe(0);
    expect(purged.json).toMatchObject({ action: 'retention.purge', assessments: 1, answers: b.answers });

    // Default retention (WMA_RETENTION_DAYS) keeps today's records.
    expect(cli('purge', ['--actor', 'ops.alice'], env).json).toMatchObject({ assessments: 0 });

    const store = createStore({ sqlitePath: sqlitePath(dataDir), encryptionKeys: { current: 'k2', keys: { k2: NEW_KEY } } });
    await store.init();
    try {
      expect(await store.getAssessment(a.assessmentId)).toBeNull();
      expect(await store.answerLog(a.assessmentId)).toEqual([]);
      expect(await store.getAssessment(b.assessmentId)).toBeNull();
      expect((await store.getAssessment(c.id))?.value.patient.value).toBe(PATIENT_C);
      const audit = await store.listAudit();
      const actions = audit.map((e) => `${e.action} by ${e.actor}`);
      expect(actions).toEqual(expect.arrayContaining(['keys.reencrypt by ops.alice', 'patient.erase by dpo.bob', 'retention.purge by ops.alice']));
      expect(JSON.stringify(audit)).not.toContain(PATIENT_A);
      console.log(
        `CLIs: rotated ${JSON.stringify(rotated.json)}; erased ${JSON.stringify(erased.json)}; purged ${JSON.stringify(purged.json)}; audit: ${actions.filter((x) => !x.startsWith('script')).join(', ')}`,
      );
    } finally {
      await store.close();
    }
  });

  it.each([
    ['purge without --actor', 'purge', [] as string[], /--actor is required/],
    ['purge with a bad date', 'purge', ['--actor', 'x', '--before', 'yesterday-ish'], /is not a date/],
    ['purge with --days 0', 'purge', ['--actor', 'x', '--days', '0'], /at least 1/],
    ['erase without a patient', 'erase-patient', ['--actor', 'x'], /--patient is required/],
    ['erase with an unknown flag', 'erase-patient', ['--actor', 'x', '--everyone'], /Unknown option/],
    ['rotate without --actor', 'rotate-keys', [], /--actor is required/],
  ])('%s: exit code 2 and a clear message, nothing done', (_name, script, args, message) => {
    const r = cli(script, args, { WMA_DATA_DIR: tempDataDir('wma-cli-bad-'), WMA_ENCRYPTION_KEYS: `k1:${TEST_KEY_B64}` });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

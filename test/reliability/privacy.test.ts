import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/bot-harness';
import { BotProcess, freePort, postActivity, tempDataDir, type ActivityReply } from '../helpers/server-process';
import { sqlitePath, TEST_KEYS_ENV } from './support/db';
import { patientTexts, runFullAssessment } from './support/full-run';

/**
 * Patient text stays out of logs and is unreadable in the database file. The fixture's free-text
 * answers ("Blue Parrot Lane", "Zephyrin"…) are recognisable, so a leak anywhere is found.
 */
const NHS = '9434765919';
const secrets = () => [...patientTexts(), 'Blue Parrot Lane', 'Zephyrin', NHS, '943 476 5919'];

function leaks(haystack: string): string[] {
  return secrets().filter((s) => haystack.includes(s));
}

let bot: BotProcess | undefined;
afterAll(async () => bot?.stop());

describe('privacy', () => {
  it('a full assessment through the real handler logs none of the patient text (debug level)', async () => {
    const h = await createHarness();
    try {
      const { answers } = await runFullAssessment(async (text) => (await h.say(text)) as ActivityReply[], NHS);
      expect(h.logs.lines.length).toBeGreaterThan(answers); // the logs were really captured
      expect(leaks(h.logs.text)).toEqual([]);
      console.log(
        `Privacy (handler): ${answers} answers, ${h.logs.lines.length} log lines at debug level, ${secrets().length} patient strings searched, 0 found`,
      );
    } finally {
      await h.close();
    }
  });

  it('over HTTP: nothing in the server output, and the SQLite file holds no readable patient text', async () => {
    const dataDir = tempDataDir('wma-privacy-');
    bot = new BotProcess(await freePort(), { WMA_DATA_DIR: dataDir, WMA_ENCRYPTION_KEYS: TEST_KEYS_ENV, LOG_LEVEL: 'trace' });
    await bot.start(90_000);
    const conversationId = 'privacy-http';
    const { answers } = await runFullAssessment(async (text) => (await postActivity(bot!.url, { conversationId, text })).replies, NHS);
    // A message that fails (unknown card) and a repeated activity exercise the error and replay paths too.
    await postActivity(bot.url, { conversationId, id: 'dup-1', text: 'Zephyrin lives on Blue Parrot Lane' });
    await postActivity(bot.url, { conversationId, id: 'dup-1', text: 'Zephyrin lives on Blue Parrot Lane' });
    await bot.stop('SIGKILL'); // no clean shutdown: whatever is on disk (WAL included) is what an attacker would get
    const logLines = bot.output.split('\n').filter(Boolean).length;
    expect(logLines).toBeGreaterThan(answers);
    expect(leaks(bot.output)).toEqual([]);

    const files = [sqlitePath(dataDir), `${sqlitePath(dataDir)}-wal`].filter(existsSync);
    const bytes = files.map((f) => readFileSync(f).toString('latin1')).join('');
    expect(bytes.length).toBeGreaterThan(0);
    expect(leaks(bytes)).toEqual([]);
    // Control: the ciphertext format is there, so the search looked at real stored rows.
    expect(bytes).toMatch(/wma1:k1:/);
    console.log(
      `Privacy (HTTP): ${answers} answers; ${logLines} server log lines and ${bytes.length} bytes of SQLite (${files.length} files) searched for ${secrets().length} patient strings: 0 found`,
    );
  });
});

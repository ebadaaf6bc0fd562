import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../store/postgres-store';
import { BotProcess, freePort, postActivity, tempDataDir, type ActivityReply } from '../helpers/server-process';
import { TEST_KEYS_ENV } from '../reliability/support/db';
import { askedQuestion, nhsNumber } from '../reliability/support/drive';
import { KEYRING } from '../reliability/support/services';
import { nextAnswer, soakEnabled, type Acknowledged } from './support';

/**
 * Scale-out: two bot processes on one PostgreSQL, 200 conversations at once, each conversation's
 * turns alternating between the instances (as a load balancer without affinity would send them),
 * plus one answer per conversation delivered to both instances at the same moment (a retry that
 * lands elsewhere). Zero answers may be lost or recorded twice.
 */
const url = process.env.WMA_TEST_PG_URL;
const CONVERSATIONS = Number(process.env.WMA_SOAK_PG_CONVERSATIONS ?? 200);
const ANSWERS = Number(process.env.WMA_SOAK_PG_ANSWERS ?? 20);

const bots: BotProcess[] = [];
let schema = '';
afterAll(async () => {
  for (const b of bots) await b.stop();
  if (url && schema) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
});

/** The PG URL with its own fresh schema, so the run starts empty and leaves nothing behind. */
function urlWithSchema(base: string, name: string): string {
  const u = new URL(base);
  u.searchParams.set('options', `-c search_path=${name}`);
  return u.toString();
}

describe.skipIf(!soakEnabled)('scale-out on PostgreSQL', () => {
  if (!url) {
    if (process.env.CI) it('needs WMA_TEST_PG_URL in CI', () => expect.fail('WMA_TEST_PG_URL is not set: CI must run the two-instance test (see .ci/run, scripts/pg-setup.sh)'));
    else {
      console.warn('WMA_TEST_PG_URL is not set: skipping the two-instance PostgreSQL test (export WMA_TEST_PG_URL=$(sudo scripts/pg-setup.sh | tail -n1)).');
      it.skip('two instances, 200 conversations (needs WMA_TEST_PG_URL)', () => undefined);
    }
    return;
  }

  it(`two instances, ${CONVERSATIONS} concurrent conversations alternating between them: zero lost or duplicated answers`, async () => {
    schema = `wma_scale_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const databaseUrl = urlWithSchema(url, schema);
    for (const name of ['bot-1', 'bot-2']) {
      const b = new BotProcess(await freePort(), { DATABASE_URL: databaseUrl, WMA_ENCRYPTION_KEYS: TEST_KEYS_ENV, WMA_DATA_DIR: tempDataDir(), WMA_INSTANCE: name, LOG_LEVEL: 'warn' });
      bots.push(b);
    }
    // Start together: both run migrations against the empty schema at the same moment.
    await Promise.all(bots.map((b) => b.start(60_000)));

    let turns = 0;
    const send = async (i: number, conversationId: string, id: string, text: string): Promise<ActivityReply[]> => {
      const r = await postActivity(bots[i % 2]!.url, { conversationId, id, text });
      expect(r.status).toBe(200);
      turns++;
      return r.replies;
    };

    const runs = await Promise.all(
      Array.from({ length: CONVERSATIONS }, async (_, c) => {
        const conversationId = `scale-${c}`;
        let t = 0;
        let replies = await send(c + t, conversationId, `${conversationId}-t${t}`, `start ${nhsNumber(20_000 + c)}`);
        const assessmentId = askedQuestion(replies)!.assessmentId;
        const acknowledged: Acknowledged[] = [];
        for (let next = nextAnswer(replies); next && acknowledged.length < ANSWERS; next = nextAnswer(replies)) {
          const activityId = `${conversationId}-t${++t}`;
          if (acknowledged.length === 3) {
            // The same activity on both instances at once: one must record it, both reply the same.
            const [x, y] = await Promise.all([0, 1].map((k) => send(k, conversationId, activityId, next!.text)));
            expect(y).toEqual(x);
            replies = x!;
          } else replies = await send(c + t, conversationId, activityId, next.text);
          acknowledged.push({ questionId: next.questionId, activityId, text: next.text });
        }
        return { assessmentId, acknowledged };
      }),
    );

    const store = new PostgresStore({ connectionString: url, schema, encryptionKeys: KEYRING, poolSize: 4 });
    await store.init();
    let checked = 0;
    try {
      for (const run of runs) {
        const a = (await store.getAssessment(run.assessmentId))!;
        const log = await store.answerLog(run.assessmentId);
        expect(new Set(log.map((l) => l.activityId)).size).toBe(log.length);
        expect(log.map((l) => `${l.questionId}@${l.activityId}`).sort()).toEqual(run.acknowledged.map((x) => `${x.questionId}@${x.activityId}`).sort());
        for (const ack of run.acknowledged) {
          expect(a.value.answers[ack.questionId]?.activityId).toBe(ack.activityId);
          checked++;
        }
        // start (v1) + one version per answer: no lost update, no double commit.
        expect(a.version).toBe(1 + run.acknowledged.length);
      }
    } finally {
      await store.close();
    }
    console.log(`Scale-out (PostgreSQL, 2 instances): ${CONVERSATIONS} concurrent conversations, ${turns} turns alternating, ${CONVERSATIONS} cross-instance duplicate deliveries, ${checked} answers checked: 0 lost, 0 duplicated`);
  });
});

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { expect } from 'vitest';
import { PostgresStore } from '../../store/postgres-store';
import { BotProcess, freePort, postActivity, tempDataDir, type ActivityReply } from '../helpers/server-process';
import { TEST_KEYS_ENV } from '../reliability/support/db';
import { askedQuestion, nhsNumber } from '../reliability/support/drive';
import { KEYRING } from '../reliability/support/services';
import { nextAnswer, type Acknowledged } from './support';

/**
 * Scale-out: two bot processes on one PostgreSQL, many conversations at once, each conversation's
 * turns alternating between the instances (as a load balancer without affinity would send them),
 * plus one answer per conversation delivered to both instances at the same moment (a retry that
 * lands elsewhere). Zero answers may be lost or recorded twice. `npm test` runs it small,
 * `npm run test:soak` at full size.
 */
export interface ScaleOutRun {
  conversations: number;
  answers: number;
}

/** The PG URL with its own fresh schema, so the run starts empty and leaves nothing behind. */
function urlWithSchema(base: string, name: string): string {
  const u = new URL(base);
  u.searchParams.set('options', `-c search_path=${name}`);
  return u.toString();
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function runScaleOut(url: string, { conversations, answers }: ScaleOutRun): Promise<string> {
  const schema = `wma_scale_${randomBytes(5).toString('hex')}`;
  const bots: BotProcess[] = [];
  await admin(url, `CREATE SCHEMA ${schema}`);
  try {
    const databaseUrl = urlWithSchema(url, schema);
    for (const name of ['bot-1', 'bot-2'])
      bots.push(
        new BotProcess(await freePort(), {
          DATABASE_URL: databaseUrl,
          WMA_ENCRYPTION_KEYS: TEST_KEYS_ENV,
          WMA_DATA_DIR: tempDataDir(),
          WMA_INSTANCE: name,
          LOG_LEVEL: 'warn',
        }),
      );
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
      Array.from({ length: conversations }, async (_, c) => {
        const conversationId = `scale-${c}`;
        let t = 0;
        let replies = await send(c + t, conversationId, `${conversationId}-t${t}`, `start ${nhsNumber(20_000 + c)}`);
        const assessmentId = askedQuestion(replies)!.assessmentId;
        const acknowledged: Acknowledged[] = [];
        for (let next = nextAnswer(replies); next && acknowledged.length < answers; next = nextAnswer(replies)) {
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
    return `Scale-out (PostgreSQL, 2 instances): ${conversations} concurrent conversations, ${turns} turns alternating, ${conversations} cross-instance duplicate deliveries, ${checked} answers checked: 0 lost, 0 duplicated`;
  } finally {
    for (const b of bots) await b.stop();
    await admin(url, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }
}

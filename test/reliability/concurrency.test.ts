import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDevKeyring } from '../../service/keys';
import { createStore } from '../../store/create-store';
import type { Store } from '../../store/types';
import { TYPED_ANSWERS } from '../helpers/default-answers';
import { BotProcess, freePort, postActivity, tempDataDir } from '../helpers/server-process';
import { askedQuestion, nhsNumber } from './support/drive';
import { replyQuestion, textTurn, twoInstances, type Instance } from './support/services';

/**
 * Two turns of one conversation arriving together must both land, one after the other: no lost
 * update (last writer wins), no interleaving (an answer recorded against a stale state).
 * The five What Matters To Me questions are all free text, so two answers fired together are
 * valid whichever lands first; what must hold is that both are there, once each, in order.
 */
const TEXT_QUESTIONS = ['wmtm.matters_most', 'wmtm.good_day', 'wmtm.people', 'wmtm.strengths'];

async function checkConversation(store: Store, assessmentId: string, pairs: string[][], prefixAnswers: number) {
  const a = (await store.getAssessment(assessmentId))!;
  const log = await store.answerLog(assessmentId);
  // Every answer activity appears exactly once in the log…
  const ids = log.map((r) => r.activityId);
  expect(new Set(ids).size).toBe(ids.length);
  expect(log).toHaveLength(prefixAnswers + 4);
  // …each pair's two answers fill that pair's two questions, in either order, never lost or doubled.
  pairs.forEach((pair, p) => {
    const got = TEXT_QUESTIONS.slice(p * 2, p * 2 + 2).map((q) => a.value.answers[q]?.value);
    expect(got.slice().sort()).toEqual(pair.slice().sort());
  });
  // One version per committed change: start (v1) + one per answer. A lost update would leave fewer.
  expect(a.version).toBe(1 + prefixAnswers + 4);
  return log.length;
}

describe('concurrency over HTTP (one server, in-process serialisation)', () => {
  let bot: BotProcess;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = tempDataDir('wma-conc-');
    bot = new BotProcess(await freePort(), { WMA_DATA_DIR: dataDir });
    await bot.start(90_000);
  });
  afterAll(async () => bot?.stop());

  it('N conversations, each receiving pairs of answers at the same moment, keep every answer once', async () => {
    const N = 20;
    const runs = await Promise.all(
      Array.from({ length: N }, async (_, i) => {
        const conv = `conc-http-${i}`;
        let r = await postActivity(bot.url, { conversationId: conv, text: `start ${nhsNumber(1000 + i)}` });
        let prefix = 0;
        for (let q = askedQuestion(r.replies); q && q.questionId !== TEXT_QUESTIONS[0]; q = askedQuestion(r.replies)) {
          r = await postActivity(bot.url, { conversationId: conv, text: TYPED_ANSWERS[q.questionId]! });
          prefix++;
        }
        const assessmentId = askedQuestion(r.replies)!.assessmentId;
        const pairs = [0, 1].map((p) => [`Conversation ${i} pair ${p} first`, `Conversation ${i} pair ${p} second`]);
        for (const pair of pairs) {
          const results = await Promise.all(pair.map((text) => postActivity(bot.url, { conversationId: conv, text })));
          for (const res of results) expect(res.status).toBe(200);
        }
        return { assessmentId, pairs, prefix };
      }),
    );
    await bot.stop();
    const store = createStore({ sqlitePath: `${dataDir}/wma.sqlite`, encryptionKeys: localDevKeyring(dataDir) });
    await store.init();
    let checked = 0;
    try {
      for (const run of runs) checked += await checkConversation(store, run.assessmentId, run.pairs, run.prefix);
    } finally {
      await store.close();
    }
    console.log(`Concurrency (HTTP): ${N} conversations × 2 simultaneous pairs; ${checked} answers checked, none lost or doubled`);
  });
});

describe('concurrency across two TurnService instances sharing one store (no in-process queue)', () => {
  it('simultaneous turns on different instances never lose state; committed versions strictly increase', async () => {
    const pair = await twoInstances();
    const N = 30;
    try {
      const runs = await Promise.all(
        Array.from({ length: N }, async (_, i) => {
          const conv = `conc-direct-${i}`;
          const inst = (k: number): Instance => (k % 2 === 0 ? pair.a : pair.b);
          let k = 0;
          let reply = await inst(k++).turns.handle(textTurn(conv, `${conv}-start`, `start ${nhsNumber(5000 + i)}`));
          let prefix = 0;
          for (let q = replyQuestion(reply); q && q !== TEXT_QUESTIONS[0]; q = replyQuestion(reply)) {
            reply = await inst(k++).turns.handle(textTurn(conv, `${conv}-p${prefix}`, TYPED_ANSWERS[q]!));
            prefix++;
          }
          const pairs = [0, 1].map((p) => [`Direct ${i} pair ${p} one`, `Direct ${i} pair ${p} two`]);
          for (const [p, texts] of pairs.entries())
            await Promise.all([
              pair.a.turns.handle(textTurn(conv, `${conv}-x${p}a`, texts[0]!)),
              pair.b.turns.handle(textTurn(conv, `${conv}-x${p}b`, texts[1]!)),
            ]);
          return { assessmentId: reply.assessmentId!, pairs, prefix };
        }),
      );
      let checked = 0;
      for (const run of runs) {
        checked += await checkConversation(pair.a.store, run.assessmentId, run.pairs, run.prefix);
        const versions = pair.commits.filter((c) => c.assessmentId === run.assessmentId && c.result === 'committed').map((c) => c.expectedVersion);
        // null (created), then 1, 2, 3… — each commit built on the one before it, none on a stale read.
        expect(versions).toEqual([null, ...Array.from({ length: versions.length - 1 }, (_, v) => v + 1)]);
      }
      const conflicts = pair.commits.filter((c) => c.result === 'conflict').length;
      console.log(
        `Concurrency (two instances): ${N} conversations, ${checked} answers checked, ${pair.commits.length} commits attempted, ${conflicts} version conflicts retried`,
      );
    } finally {
      await pair.close();
    }
  });
});

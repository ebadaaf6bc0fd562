import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDevKeyring } from '../../service/keys';
import { createStore } from '../../store/create-store';
import { TYPED_ANSWERS } from '../helpers/default-answers';
import { BotProcess, freePort, postActivity, tempDataDir } from '../helpers/server-process';
import { askedQuestion } from './support/drive';
import { textTurn, twoInstances } from './support/services';

/**
 * Teams retries an activity it thinks was not delivered, with the same id. The retry must not
 * record the answer again, and the link worker must see the same reply both times.
 */
let bot: BotProcess;
let dataDir: string;
beforeAll(async () => {
  dataDir = tempDataDir('wma-idem-');
  bot = new BotProcess(await freePort(), { WMA_DATA_DIR: dataDir });
  await bot.start(90_000);
});
afterAll(async () => bot?.stop());

describe('idempotency over HTTP', () => {
  it('a retried activity (same id) records its answer once and gets the identical reply — in sequence and simultaneously', async () => {
    const conv = 'idem-conv-1';
    const started = await postActivity(bot.url, { conversationId: conv, id: 'idem-start', text: 'start 9434765919' });
    const q1 = askedQuestion(started.replies);
    expect(q1?.questionId).toBe('screen.reason');

    // In sequence: the retry arrives after the first delivery finished.
    const first = await postActivity(bot.url, { conversationId: conv, id: 'idem-a1', text: TYPED_ANSWERS['screen.reason']! });
    const retry = await postActivity(bot.url, { conversationId: conv, id: 'idem-a1', text: TYPED_ANSWERS['screen.reason']! });
    expect(first.status).toBe(200);
    expect(retry.replies).toEqual(first.replies);
    expect(askedQuestion(first.replies)?.questionId).toBe('screen.knew_referred');

    // Simultaneously: both deliveries in flight at once.
    const [x, y] = await Promise.all([
      postActivity(bot.url, { conversationId: conv, id: 'idem-a2', text: 'yes' }),
      postActivity(bot.url, { conversationId: conv, id: 'idem-a2', text: 'yes' }),
    ]);
    expect(x.replies).toEqual(y.replies);
    expect(askedQuestion(x.replies)?.questionId).toBe('screen.consent');

    // A retry with different text (a forged or mangled retry) still replays, it does not re-answer.
    const mangled = await postActivity(bot.url, { conversationId: conv, id: 'idem-a1', text: 'something else entirely' });
    expect(mangled.replies).toEqual(first.replies);

    await bot.stop();
    const store = createStore({ sqlitePath: `${dataDir}/wma.sqlite`, encryptionKeys: localDevKeyring(dataDir) });
    await store.init();
    try {
      const log = await store.answerLog(q1!.assessmentId);
      expect(log.map((r) => `${r.questionId}@${r.activityId}`).sort()).toEqual(['screen.knew_referred@idem-a2', 'screen.reason@idem-a1']);
      const a = await store.getAssessment(q1!.assessmentId);
      expect(a?.value.answers['screen.reason']?.value).toBe(TYPED_ANSWERS['screen.reason']);
      expect(a?.value.history.filter((h) => h.questionId === 'screen.reason')).toHaveLength(1);
      console.log(`Idempotency (HTTP): 5 deliveries of 2 answer activities → ${log.length} answer rows, replies identical`);
    } finally {
      await store.close();
    }
  });
});

describe('idempotency across two instances', () => {
  it('the same activity delivered to two instances at once is recorded once, both replies equal', async () => {
    const pair = await twoInstances();
    try {
      const rounds = 25;
      let rows = 0;
      for (let i = 0; i < rounds; i++) {
        const conv = `dup-${i}`;
        await pair.a.turns.handle(textTurn(conv, `s-${i}`, 'start 9434765919'));
        const [ra, rb] = await Promise.all([
          pair.a.turns.handle(textTurn(conv, `ans-${i}`, `Reason number ${i}`)),
          pair.b.turns.handle(textTurn(conv, `ans-${i}`, `Reason number ${i}`)),
        ]);
        expect(rb).toEqual(ra);
        const log = await pair.a.store.answerLog(ra.assessmentId!);
        expect(log).toHaveLength(1);
        rows += log.length;
      }
      console.log(`Idempotency (two instances): ${rounds} simultaneous duplicate deliveries → ${rows} answer rows`);
    } finally {
      await pair.close();
    }
  });
});

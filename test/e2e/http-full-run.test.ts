import { afterAll, describe, expect, it } from 'vitest';
import { loadDefaultScript } from '../../dialogs/scripts/load';
import { parseTypedAnswer } from '../../dialogs/engine/parse-answer';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { typedAnswerFor } from '../helpers/default-answers';
import { BotProcess, freePort, postActivity, tempDataDir, type ActivityReply } from '../helpers/server-process';

const script = loadDefaultScript();
let bot: BotProcess;
afterAll(async () => bot?.stop());

const joined = (replies: ActivityReply[]) => replies.map((r) => r.text ?? r.summary ?? '').join('\n');

/** The question the bot is asking, identified by the id its card submits (not by wording). */
function currentQuestion(replies: ActivityReply[]) {
  for (const r of [...replies].reverse())
    for (const att of r.attachments ?? []) {
      const actions = (att.content.actions ?? []) as Array<{ data?: { wma?: string; questionId?: string } }>;
      const id = actions.find((a) => a.data?.wma === 'answer')?.data?.questionId;
      if (id) return script.byId.get(id) ?? null;
    }
  return null;
}

describe('end to end over HTTP (deliveryMode expectReplies)', () => {
  it('completes the whole default script across a server restart with every answer intact', async () => {
    const dataDir = tempDataDir();
    bot = new BotProcess(await freePort(), { WMA_DATA_DIR: dataDir });
    await bot.start();
    expect(bot.output).toMatch(/LOCAL MODE: no app credentials/);
    const started = Date.now();
    let r = await postActivity(bot.url, { text: 'start 9434765919' });
    expect(r.status).toBe(200);
    const sent = new Map<string, string>();
    let restarted = false;
    let turns = 1;
    for (let guard = 0; guard < 120; guard++) {
      for (const a of r.replies) for (const att of a.attachments ?? []) expect(adaptiveCardProblems(att.content)).toEqual([]);
      const q = currentQuestion(r.replies);
      if (!q) break;
      if (!restarted && q.id === 'mhlc_a.1') {
        // Mid-way through: stop the server and start a new process on the same data.
        await bot.stop('SIGKILL');
        await bot.start();
        restarted = true;
        r = await postActivity(bot.url, { text: 'status' });
        expect(joined(r.replies)).toMatch(/Health locus of control, question 1 of 18/);
      }
      const answer = typedAnswerFor(q);
      sent.set(q.id, answer);
      r = await postActivity(bot.url, { text: answer });
      turns++;
      expect(r.status).toBe(200);
    }
    expect(restarted).toBe(true);
    expect(joined(r.replies)).toMatch(/^Review — type a number/m);
    r = await postActivity(bot.url, { text: 'confirm' });
    turns++;
    expect(joined(r.replies)).toMatch(/Assessment complete for \*\*\* \*\*\* 5919/);
    const seconds = (Date.now() - started) / 1000;
    console.log(`E2E full default script over HTTP: ${turns} turns, ${sent.size} answers, one SIGKILL restart, ${seconds.toFixed(1)} s`);

    // Every answer is in the review the bot shows after restart, exactly as typed or chosen.
    r = await postActivity(bot.url, { text: 'assessments' });
    expect(joined(r.replies)).toMatch(/no unfinished assessments/);
    await bot.stop();
    const { createStore } = await import('../../store/create-store');
    const { localDevKeyring } = await import('../../service/keys');
    const store = createStore({ sqlitePath: `${dataDir}/wma.sqlite`, encryptionKeys: localDevKeyring(dataDir) });
    await store.init();
    const [a] = await store.listAssessments({ owner: 'aad-lw-1' });
    expect(a?.status).toBe('completed');
    expect(Object.keys(a!.answers).sort()).toEqual([...sent.keys()].sort());
    // Each stored value is exactly what the typed answer means.
    for (const [id, typed] of sent) {
      const parsed = parseTypedAnswer(typed, script.byId.get(id)!);
      expect(parsed.ok && parsed.value, id).toEqual(a!.answers[id]?.value);
    }
    expect(a!.answers['wmtm.matters_most']?.value).toBe(sent.get('wmtm.matters_most'));
    expect(a!.answers['mhlc_a.18']?.value).toBe(2);
    const log = await store.answerLog(a!.id);
    expect(log).toHaveLength(sent.size);
    await store.close();
  });
});

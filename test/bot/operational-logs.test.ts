import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../bot/app';
import { TurnSummary, type SummaryTimer } from '../../bot/turn-summary';
import { loadConfig } from '../../service/config';
import { createLogger } from '../../service/logger';
import { LogCapture } from '../helpers/bot-harness';
import { tempDataDir } from '../helpers/server-process';
import { memoryStore } from '../tab/fixtures';

/** A timer the test fires by hand: nothing sleeps. */
class ManualTimer implements SummaryTimer {
  fn: (() => void) | null = null;
  setInterval(fn: () => void): unknown {
    this.fn = fn;
    return 1;
  }
  clearInterval(): void {
    this.fn = null;
  }
  fire(): void {
    this.fn?.();
  }
}

const NHS = '9434765919';
const SECRET_ANSWER = 'My GP thinks I am lonely since moving to Blue Parrot Lane';
const WORKER_NAME = 'Priya Quillfeather';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function startApp(level: string, timer: SummaryTimer): Promise<{ logs: LogCapture; post: (text: string) => Promise<void> }> {
  const config = loadConfig({ WMA_DATA_DIR: tempDataDir('wma-oplogs-'), ...(level === 'default' ? {} : { LOG_LEVEL: level }) });
  const logs = new LogCapture();
  app = await buildApp(config, { logger: createLogger(config.env.LOG_LEVEL, logs), store: await memoryStore(), tab: false, summary: { timer } });
  await new Promise<void>((resolve) => app!.server.listen(0, '127.0.0.1', () => resolve()));
  const addr = app.server.address();
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/api/messages`;
  let n = 0;
  const post = async (text: string) => {
    const r = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: `oplog-${++n}`,
        channelId: 'msteams',
        serviceUrl: 'http://127.0.0.1:1/',
        deliveryMode: 'expectReplies',
        from: { id: 'user-1', aadObjectId: 'aad-lw-oplog', name: WORKER_NAME },
        recipient: { id: 'bot', name: 'What Matters Assistant' },
        conversation: { id: 'conv-oplog', conversationType: 'personal' },
        text,
      }),
    });
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('activities');
  };
  return { logs, post };
}

const TURNS = [`start ${NHS}`, SECRET_ANSWER, 'yes', 'yes', 'status'];

describe('operational logs (issue 22, round 6)', () => {
  it('the default level is info, and at it a turn writes no line: one summary per interval with counts only', async () => {
    expect(loadConfig({ WMA_DATA_DIR: tempDataDir('wma-oplogs-') }).env.LOG_LEVEL).toBe('info');
    const timer = new ManualTimer();
    const { logs, post } = await startApp('default', timer);
    const before = logs.lines.length;
    for (const t of TURNS) await post(t);
    // Five real turns (an assessment started, answers recorded): not one line between them.
    expect(logs.lines.slice(before)).toEqual([]);
    timer.fire();
    const written = logs.lines.slice(before).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ level: 30, msg: 'turns summary', turns: { answered: TURNS.length, failed: 0, deferred: 0 }, intervalS: 60 });
    // Counts and the interval only: no conversation, user, assessment or patient field.
    expect(Object.keys(written[0]!).sort()).toEqual(['app', 'intervalS', 'level', 'msg', 'time', 'turns']);
    // An interval without turns writes nothing.
    timer.fire();
    expect(logs.lines.length).toBe(before + 1);
    const all = logs.text;
    for (const secret of [NHS, '943 476 5919', 'Blue Parrot', 'lonely', WORKER_NAME, 'Quillfeather', 'conv-oplog']) expect(all).not.toContain(secret);
  });

  it('the per-turn line is still there at debug level, without patient text', async () => {
    const { logs, post } = await startApp('debug', new ManualTimer());
    for (const t of TURNS) await post(t);
    const committed = logs.lines.filter((l) => l.includes('"turn committed"'));
    expect(committed).toHaveLength(TURNS.length); // every turn commits (`status` stores its reply for dedupe)
    for (const secret of [NHS, 'Blue Parrot', 'lonely', WORKER_NAME]) expect(logs.text).not.toContain(secret);
  });

  it('closing the app writes the turns since the last summary, and stops the timer', async () => {
    const timer = new ManualTimer();
    const { logs, post } = await startApp('default', timer);
    await post(`start ${NHS}`);
    await app!.close();
    app = undefined;
    expect(timer.fn).toBeNull();
    const summaries = logs.lines.filter((l) => l.includes('"turns summary"')).map((l) => JSON.parse(l) as { turns: unknown });
    expect(summaries.map((s) => s.turns)).toEqual([{ answered: 1, failed: 0, deferred: 0 }]);
  });

  it('TurnSummary counts each outcome and zeroes after each line', () => {
    const logs = new LogCapture();
    const timer = new ManualTimer();
    const s = new TurnSummary(createLogger('info', logs), 30_000, timer);
    s.start();
    s.count('answered');
    s.count('failed');
    s.count('deferred');
    s.count('answered');
    timer.fire();
    s.count('failed');
    timer.fire();
    const lines = logs.lines.map((l) => JSON.parse(l) as { turns: unknown; intervalS: number });
    expect(lines.map((l) => [l.turns, l.intervalS])).toEqual([
      [{ answered: 2, failed: 1, deferred: 1 }, 30],
      [{ answered: 0, failed: 1, deferred: 0 }, 30],
    ]);
  });
});

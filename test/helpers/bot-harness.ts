import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { TestAdapter, type Activity } from 'botbuilder';
import { WhatMattersBot } from '../../bot/handler';
import { createLogger } from '../../service/logger';
import type { Feature } from '../../service/features';
import { assessmentListFeature } from '../../service/features/assessment-list';
import { ScriptRegistry } from '../../service/script-registry';
import type { SecondOpinion } from '../../service/second-opinion';
import { TurnService } from '../../service/turn-service';
import { createStore } from '../../store/create-store';
import type { Store } from '../../store/types';

export const TEST_KEYRING = { current: 'k1', keys: { k1: Buffer.alloc(32, 7).toString('base64') } };

/** Captures structured logs so privacy tests can search them. */
export class LogCapture extends Writable {
  lines: string[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.lines.push(chunk.toString());
    done();
  }
  get text(): string {
    return this.lines.join('');
  }
}

export interface Harness {
  store: Store;
  turns: TurnService;
  bot: WhatMattersBot;
  adapter: TestAdapter;
  logs: LogCapture;
  /** Sends a message through the real handler and returns every activity the bot sent back. */
  say(text: string, options?: { userId?: string; conversationType?: string }): Promise<Array<Partial<Activity>>>;
  click(value: Record<string, unknown>): Promise<Array<Partial<Activity>>>;
  transcript: string[];
  close(): Promise<void>;
}

export async function createHarness(
  options: { features?: Feature[]; store?: Store; secondOpinion?: SecondOpinion; clock?: () => Date } = {},
): Promise<Harness> {
  const store = options.store ?? createStore({ sqlitePath: ':memory:', encryptionKeys: TEST_KEYRING });
  await store.init();
  const scripts = new ScriptRegistry(store);
  await scripts.ensureDefaultPublished('2026-11-25T09:00:00.000Z');
  const logs = new LogCapture();
  const logger = createLogger('debug', logs);
  const turns = new TurnService({
    store,
    scripts,
    logger,
    scriptId: 'what_matters_default',
    newId: randomUUID,
    features: [assessmentListFeature, ...(options.features ?? [])],
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.secondOpinion ? { secondOpinion: options.secondOpinion } : {}),
  });
  const bot = new WhatMattersBot(turns, logger);
  const adapter = new TestAdapter(async (context) => bot.run(context));
  const transcript: string[] = [];
  let n = 0;
  const send = async (activity: Partial<Activity>, shown: string) => {
    transcript.push(`user: ${shown}`);
    await adapter.receiveActivity({
      type: 'message',
      id: `t-${++n}`,
      from: { id: 'user-1', name: 'Link Worker', aadObjectId: 'aad-lw-1' },
      ...activity,
    } as Activity);
    const replies: Array<Partial<Activity>> = [];
    for (let r = adapter.getNextReply(); r; r = adapter.getNextReply()) replies.push(r);
    for (const r of replies) transcript.push(`bot:  ${(r.text ?? r.summary ?? '').split('\n')[0]}${r.attachments?.length ? '  [card]' : ''}`);
    return replies;
  };
  return {
    store,
    turns,
    bot,
    adapter,
    logs,
    transcript,
    say: (text, o = {}) =>
      send(
        {
          text,
          ...(o.userId ? { from: { id: o.userId, name: 'Other', aadObjectId: o.userId } } : {}),
          ...(o.conversationType ? { conversation: { id: 'group-1', conversationType: o.conversationType, isGroup: true, name: 'g' } } : {}),
        } as Partial<Activity>,
        text,
      ),
    click: (value) => send({ value, text: '' } as Partial<Activity>, `[card] ${JSON.stringify(value)}`),
    close: () => store.close(),
  };
}

/** What each message shows in chat history: its text, or for a card message its summary. */
export const texts = (replies: Array<Partial<Activity>>): string => replies.map((r) => r.text ?? r.summary ?? '').join('\n');
export const cards = (replies: Array<Partial<Activity>>): Array<Record<string, unknown>> =>
  replies.flatMap((r) => (r.attachments ?? []).map((a) => a.content as Record<string, unknown>));

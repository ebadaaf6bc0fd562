import { ActivityHandler, type TurnContext } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import type { WhatMattersBot } from '../../bot/handler';
import { BoundedCache } from '../../bot/http/outbound-clients';
import { createAdapter, createServer } from '../../bot/server';
import { loadConfig } from '../../service/config';
import { createLogger } from '../../service/logger';
import { tempDataDir } from '../helpers/server-process';

describe('BoundedCache (outbound clients kept across turns)', () => {
  it('makes a value once per key and keeps at most `max`, dropping the least recently used', () => {
    const cache = new BoundedCache<{ key: string }>(2);
    let made = 0;
    const make = (key: string) => () => (made++, { key });
    const a = cache.getOrMake('a', make('a'));
    expect(cache.getOrMake('a', make('a'))).toBe(a);
    cache.getOrMake('b', make('b'));
    cache.getOrMake('a', make('a')); // a is now the most recently used
    cache.getOrMake('c', make('c')); // so b goes
    expect(cache.size).toBe(2);
    expect(made).toBe(3);
    expect(cache.getOrMake('a', make('a'))).toBe(a);
    cache.getOrMake('b', make('b'));
    expect(made).toBe(4); // b was made again
  });

  it('does not keep a failed client, so the next turn tries again', async () => {
    const cache = new BoundedCache<Promise<string>>(4);
    const failed = cache.getOrMake('k', () => Promise.reject(new Error('no credentials')));
    await expect(failed).rejects.toThrow('no credentials');
    await Promise.resolve();
    expect(cache.size).toBe(0);
    await expect(cache.getOrMake('k', () => Promise.resolve('ok'))).resolves.toBe('ok');
  });
});

describe('createAdapter: one connector client per channel service URL, not one per turn', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  it('turns from the same service URL share their ConnectorClient and UserTokenClient; another URL gets its own', async () => {
    const config = loadConfig({ WMA_DATA_DIR: tempDataDir('wma-outbound-') });
    const logger = createLogger('silent');
    const adapter = createAdapter(config, logger);
    const seen: Array<{ connector: unknown; tokens: unknown }> = [];
    const bot = new (class extends ActivityHandler {
      constructor() {
        super();
        this.onMessage(async (context: TurnContext, next) => {
          seen.push({ connector: context.turnState.get(adapter.ConnectorClientKey), tokens: context.turnState.get(adapter.UserTokenClientKey) });
          await context.sendActivity('ok');
          await next();
        });
      }
    })();
    const server = createServer({ config, adapter, bot: bot as unknown as WhatMattersBot, logger });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    close = () => server.close();
    const addr = server.address();
    const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/api/messages`;
    const post = async (serviceUrl: string, n: number) => {
      const r = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: `out-${n}`,
          channelId: 'msteams',
          serviceUrl,
          deliveryMode: 'expectReplies',
          from: { id: 'u', aadObjectId: 'u' },
          recipient: { id: 'bot' },
          conversation: { id: `c${n}`, conversationType: 'personal' },
          text: 'hi',
        }),
      });
      expect(r.status).toBe(200);
      expect(await r.text()).toContain('"text":"ok"');
    };
    await post('http://127.0.0.1:1/', 1);
    await post('http://127.0.0.1:1/', 2);
    await post('http://127.0.0.1:2/', 3);
    expect(seen).toHaveLength(3);
    expect(seen[0]!.connector).toBeTruthy();
    expect(seen[1]!.connector).toBe(seen[0]!.connector);
    expect(seen[2]!.connector).not.toBe(seen[0]!.connector);
    // The token client depends on the bot's identity only.
    expect(seen[0]!.tokens).toBeTruthy();
    expect(seen[1]!.tokens).toBe(seen[0]!.tokens);
    expect(seen[2]!.tokens).toBe(seen[0]!.tokens);
  });
});

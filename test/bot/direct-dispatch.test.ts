import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHarness, type Harness } from '../helpers/bot-harness';

/**
 * WhatMattersBot.run sends a message straight to its handler when its own is the only handler
 * that would see it, skipping the SDK's ActivityHandler dispatch (~50 µs of CPU per turn; issue 22,
 * s22e). These prove it changes nothing a link worker or another handler can see.
 */
const open: Harness[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});

const harness = async () => {
  const h = await createHarness();
  open.push(h);
  return h;
};

/** The replies with the values that differ between any two runs (assessment ids, and the nonces derived from them) masked. */
const comparable = (replies: Array<Partial<Activity>>) =>
  JSON.stringify(replies)
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
    .replace(/"wma_nonce":"[^"]+"/g, '"wma_nonce":"<n>"')
    .replace(/"(id|timestamp|localTimestamp)":"[^"]+"/g, '"$1":"<x>"');

const MESSAGES = ['help', 'start 9434765919', 'yes', 'back', 'no', 'status', 'pause', 'resume'];

describe('the direct message dispatch', () => {
  it('answers exactly as the SDK dispatch does, message for message', async () => {
    const direct = await harness();
    const viaSdk = await harness();
    // A Dialog handler that only passes on: the SDK path must now run, and must give the same replies.
    const dialogRuns: string[] = [];
    viaSdk.bot.onDialog(async (context, next) => {
      dialogRuns.push(String(context.activity.text));
      await next();
    });
    const sdkDispatch = (h: Harness) => vi.spyOn(h.bot as unknown as { onTurnActivity: (c: unknown) => Promise<void> }, 'onTurnActivity');
    const directSdk = sdkDispatch(direct);
    const viaSdkSdk = sdkDispatch(viaSdk);
    for (const text of MESSAGES) expect(comparable(await direct.say(text)), text).toBe(comparable(await viaSdk.say(text)));
    expect(direct.transcript).toEqual(viaSdk.transcript);
    expect(dialogRuns).toEqual(MESSAGES);
    expect(directSdk).not.toHaveBeenCalled();
    expect(viaSdkSdk).toHaveBeenCalledTimes(MESSAGES.length);
    // The card path too: the same click on each side's own card.
    const click = { wma: 'answer', questionId: 'screen.knew_referred', value: 'yes' };
    expect(comparable(await direct.click(click))).toBe(comparable(await viaSdk.click(click)));
  });

  it('gives way to the SDK as soon as another handler is registered for messages or turns', async () => {
    const h = await harness();
    await h.say('help');
    const seen: string[] = [];
    h.bot.onMessage(async (context, next) => {
      seen.push(`message:${context.activity.text}`);
      await next();
    });
    h.bot.onTurn(async (context, next) => {
      seen.push(`turn:${context.activity.type}`);
      await next();
    });
    const replies = await h.say('help');
    expect(replies.length).toBeGreaterThan(0);
    expect(seen).toEqual(['turn:message', 'message:help']);
  });

  it('leaves other activities to the SDK (members added still greets)', async () => {
    const h = await harness();
    await h.adapter.receiveActivity({
      type: 'conversationUpdate',
      id: 'cu-1',
      from: { id: 'user-1' },
      recipient: { id: 'bot' },
      membersAdded: [{ id: 'user-1' }],
      conversation: { id: 'c', conversationType: 'personal' },
    } as Partial<Activity> as Activity);
    expect(h.adapter.getNextReply()?.text).toMatch(/^Hello — I guide What Matters To Me assessments/);
  });
});

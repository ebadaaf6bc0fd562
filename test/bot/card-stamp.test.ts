import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { stampCardNonces, turnNonces } from '../../bot/card-nonce';
import { renderReply } from '../../bot/render';
import { loadDefaultScript } from '../../dialogs/scripts/load';
import type { TurnReply } from '../../service/reply';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { typedAnswerFor } from '../helpers/default-answers';
import { EngineDriver } from '../helpers/engine-driver';

/** The straightforward stamp (a full copy of every node, as before s22d): the oracle. */
function referenceStamp(node: unknown, nonce: () => string): unknown {
  if (Array.isArray(node)) return node.map((n) => referenceStamp(n, nonce));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = referenceStamp(v, nonce);
  if (out.type === 'Action.Submit' && out.data && typeof out.data === 'object' && !Array.isArray(out.data))
    out.data = { ...(out.data as Record<string, unknown>), wma_nonce: nonce() };
  return out;
}
const reference = (activities: Array<Partial<Activity>>, nonce: () => string) =>
  activities.map((a) =>
    a.attachments?.some((x) => x.contentType === 'application/vnd.microsoft.card.adaptive')
      ? {
          ...a,
          attachments: a.attachments.map((x) =>
            x.contentType === 'application/vnd.microsoft.card.adaptive' ? { ...x, content: referenceStamp(x.content, nonce) } : x,
          ),
        }
      : a,
  );

/** Every reply of one whole default assessment, rendered as the bot renders it. */
function assessmentReplies(): Array<Array<Partial<Activity>>> {
  const driver = new EngineDriver(loadDefaultScript(), '9434765919');
  const reply = (): TurnReply => ({
    items: driver.last.prompts,
    position: driver.last.position ?? null,
    patient: driver.state.patient.masked,
    assessmentId: 'a-1',
  });
  const out = [renderReply(reply())];
  for (let guard = 0; guard < 500 && driver.question; guard++) {
    driver.say(typedAnswerFor(driver.question.question));
    out.push(renderReply(reply()));
  }
  return out;
}

/** A card with submits nested in a ShowCard and in a body ActionSet, beside a submit without data. */
const nested = (): Array<Partial<Activity>> => [
  { type: 'message', text: 'no card' },
  {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: {
          type: 'AdaptiveCard',
          version: '1.5',
          body: [
            { type: 'TextBlock', text: 'x', wrap: true },
            { type: 'ActionSet', actions: [{ type: 'Action.Submit', title: 'a', data: { wma: 'feature', name: 'plan', args: { n: [1, 2] } } }] },
          ],
          actions: [
            {
              type: 'Action.ShowCard',
              title: 's',
              card: {
                type: 'AdaptiveCard',
                version: '1.5',
                body: [],
                actions: [{ type: 'Action.Submit', title: 'b', data: { wma: 'command', command: 'back' } }],
              },
            },
            { type: 'Action.Submit', title: 'c' },
            { type: 'Action.Submit', title: 'd', data: { wma: 'command', command: 'status' } },
          ],
        },
      },
      { contentType: 'text/plain', content: 'other attachment' },
    ],
  },
];

describe('stampCardNonces: copy on write', () => {
  it('gives exactly what a full copy gives (same JSON, same nonces in the same order) for every reply of an assessment and a nested card', () => {
    const all = [...assessmentReplies(), nested()];
    expect(all.length).toBeGreaterThan(60);
    for (const [i, activities] of all.entries()) {
      const before = JSON.stringify(activities);
      const stamped = stampCardNonces(activities, turnNonces('c1:k', `a${i}`));
      expect(JSON.stringify(stamped)).toBe(JSON.stringify(reference(activities, turnNonces('c1:k', `a${i}`))));
      // The renderer's objects are never changed.
      expect(JSON.stringify(activities)).toBe(before);
      for (const a of stamped) for (const x of a.attachments ?? []) if (x.contentType.includes('adaptive')) expect(adaptiveCardProblems(x.content)).toEqual([]);
    }
  });

  it('copies only the way to each submit action; every other node is the renderer’s own', () => {
    const activities = nested();
    const stamped = stampCardNonces(activities, turnNonces('c1:k', 'a'));
    const before = activities[1]!.attachments![0]!.content as { body: unknown[]; actions: Array<{ card?: { body: unknown } }> };
    const after = stamped[1]!.attachments![0]!.content as typeof before;
    expect(stamped[0]).toBe(activities[0]); // no card: the same activity
    expect(after).not.toBe(before);
    expect(after.body[0]).toBe(before.body[0]); // a TextBlock: shared
    expect(after.body[1]).not.toBe(before.body[1]); // holds a submit: copied
    expect(after.actions[0]!.card!.body).toBe(before.actions[0]!.card!.body);
    expect(after.actions[1]).toBe(before.actions[1]); // a submit without data gets no nonce
    expect(stamped[1]!.attachments![1]).toBe(activities[1]!.attachments![1]);
  });
});

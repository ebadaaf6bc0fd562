import { createHash, randomBytes } from 'node:crypto';
import type { Activity } from 'botbuilder';

/**
 * Card actions carry their own nonce (issue 19). Teams may deliver a card submit twice, and
 * retries a turn that took over 15 s — sometimes with a NEW activity id — so the activity id alone
 * cannot recognise a repeat. Every Action.Submit the bot sends gets `wma_nonce` in its data, here
 * at the edge rather than in each card builder. On receipt the nonce plus the submitted inputs
 * becomes the turn's dedupe key, so the turn service's durable reply store (the same table that
 * dedupes activity ids) answers a repeat with the stored reply and changes nothing. The same card
 * submitted with different inputs is a different key: a new choice is never swallowed.
 */
const NONCE_FIELD = 'wma_nonce';
const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const NONCE_FORMAT = /^[A-Za-z0-9_-]{16,64}$/;

export const newNonce = (): string => randomBytes(12).toString('base64url');

/**
 * Nonces for one turn's reply, derived from the turn's own key: unique per action sent, and the
 * same again when a retried activity replays the stored reply, so the retry gets an identical
 * answer. They identify an action; they are not secrets (forging one only dedupes your own turn).
 */
export function turnNonces(conversationKey: string, activityId: string): () => string {
  // One digest per reply (and none for a reply without buttons), not one per button: each nonce is
  // the turn's fixed-length seed followed by the action's number, so no two can be equal.
  let seed: string | undefined;
  let n = 0;
  return () => {
    seed ??= createHash('sha256').update(`${conversationKey}\n${activityId}`).digest('base64url').slice(0, 22);
    return `${seed}${(n++).toString(36)}`;
  };
}

/**
 * The card with a nonce in each Action.Submit's data. Copy on write: only the objects on the way
 * from the card to a submit action (the card, its actions list, the action, its data) are new;
 * every other node is the renderer's own object, shared. The nonces are taken in the same order
 * as a full copy would take them (children in key order, then the node), so a replayed reply
 * carries the same nonces as before this change. What it buys (issue 22, s22d): the full copy
 * through Object.entries allocated ~15 KB per reply of the default assessment (more than
 * rendering the card), this ~1 KB (bench/experiments/render-cost.ts).
 */
function stamp(node: unknown, nonce: () => string): unknown {
  if (!node || typeof node !== 'object') return node;
  if (Array.isArray(node)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < node.length; i++) {
      const v: unknown = node[i];
      const s = stamp(v, nonce);
      if (s !== v) (out ??= node.slice())[i] = s;
    }
    return out ?? node;
  }
  const record = node as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const k in record) {
    if (!Object.hasOwn(record, k)) continue;
    const v = record[k];
    if (!v || typeof v !== 'object') continue;
    const s = stamp(v, nonce);
    if (s !== v) (out ??= { ...record })[k] = s;
  }
  const data = (out ?? record).data;
  if (record.type === 'Action.Submit' && data && typeof data === 'object' && !Array.isArray(data))
    (out ??= { ...record }).data = { ...(data as Record<string, unknown>), [NONCE_FIELD]: nonce() };
  return out ?? record;
}

/** Copies of the activities with a fresh nonce in every Action.Submit of every Adaptive Card. */
export function stampCardNonces(activities: Array<Partial<Activity>>, nonce: () => string = newNonce): Array<Partial<Activity>> {
  return activities.map((a) =>
    a.attachments?.some((x) => x.contentType === ADAPTIVE)
      ? { ...a, attachments: a.attachments.map((x) => (x.contentType === ADAPTIVE ? { ...x, content: stamp(x.content, nonce) } : x)) }
      : a,
  );
}

/** JSON with sorted keys, so the same inputs always hash the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/**
 * For a submitted card value: the dedupe key (null when there is no well-formed nonce, e.g. a
 * card sent before this change) and the value without the nonce, which is what the core sees.
 */
export function readCardNonce(value: Record<string, unknown>): { key: string | null; data: Record<string, unknown> } {
  const { [NONCE_FIELD]: nonce, ...data } = value;
  if (typeof nonce !== 'string' || !NONCE_FORMAT.test(nonce)) return { key: null, data };
  const inputs = createHash('sha256').update(canonical(data)).digest('base64url').slice(0, 22);
  return { key: `card:${nonce}:${inputs}`, data };
}

import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createLogger } from '../../../service/logger';
import { ScriptRegistry } from '../../../service/script-registry';
import { TurnService, type TurnRequest } from '../../../service/turn-service';
import type { TurnReply } from '../../../service/reply';
import { createStore } from '../../../store/create-store';
import type { CommitResult, Store, TurnCommit } from '../../../store/types';
import { tempDataDir } from '../../helpers/server-process';
import { TEST_KEY_B64 } from './db';

export const KEYRING = { current: 'k1', keys: { k1: TEST_KEY_B64 } };

/** Every commit the store accepted, in commit order: lets a test check versions never repeat. */
export interface CommitRecord {
  assessmentId: string | null;
  expectedVersion: number | null;
  result: CommitResult;
}

/**
 * Records what the real store decided; it changes nothing about the commit itself. Wrapping the
 * object (rather than a mock) keeps every call going to the real database.
 */
function recording(store: Store, log: CommitRecord[]): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'commitTurn')
        return async (commit: TurnCommit) => {
          const result = await target.commitTurn(commit);
          log.push({ assessmentId: commit.assessment?.value.id ?? null, expectedVersion: commit.assessment?.expectedVersion ?? null, result });
          return result;
        };
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export interface Instance {
  store: Store;
  turns: TurnService;
}

/**
 * Two TurnService instances, each with its own store connection to one database — as two bot
 * processes would be. Their in-process queues are separate, so only the store's optimistic
 * concurrency stands between two simultaneous turns of one conversation.
 */
export async function twoInstances(
  options: { databaseUrl?: string } = {},
): Promise<{ a: Instance; b: Instance; commits: CommitRecord[]; close(): Promise<void> }> {
  const file = join(tempDataDir('wma-two-'), 'wma.sqlite');
  const commits: CommitRecord[] = [];
  const make = async (): Promise<Instance> => {
    const raw = createStore({ ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}), sqlitePath: file, encryptionKeys: KEYRING });
    await raw.init();
    const store = recording(raw, commits);
    const scripts = new ScriptRegistry(store);
    await scripts.ensureDefaultPublished('2026-11-25T09:00:00.000Z');
    const turns = new TurnService({ store, scripts, logger: createLogger('silent'), scriptId: 'what_matters_default', newId: randomUUID });
    return { store, turns };
  };
  const a = await make();
  const b = await make();
  return { a, b, commits, close: async () => void (await Promise.all([a.store.close(), b.store.close()])) };
}

export function textTurn(conversationId: string, activityId: string, text: string, userId = 'aad-lw-1'): TurnRequest {
  return { conversationId, userId, activityId, input: { kind: 'text', text } };
}

/** The question id a TurnReply is asking, if any. */
export function replyQuestion(reply: TurnReply): string | null {
  for (const item of [...reply.items].reverse()) if (item.kind === 'question') return item.question.id;
  return null;
}

import { ConfigError } from '../config';
import { LlmConfigError } from '../../prompts/llm-config';
import type { AppConfig } from '../config';
import type { Store } from '../../store/types';
import type { TurnRequest } from '../turn-service';

/**
 * The messages between the server thread and the turn worker (service/turn-worker/host.ts and
 * worker.ts). Everything crosses by structured clone, so it is plain data: no functions, no
 * class instances but errors, which cross as name, message and their own plain fields.
 */

/** The Store methods the server thread may call in the worker; the worker owns init and close. */
export const REMOTE_STORE_METHODS = {
  getConversation: true,
  getAssessment: true,
  listAssessments: true,
  getReply: true,
  commitTurn: true,
  answerLog: true,
  listScriptVersions: true,
  getScriptVersion: true,
  saveScriptVersion: true,
  appendAudit: true,
  listAudit: true,
  purgeOlderThan: true,
  erasePatient: true,
  reencryptAll: true,
  saveConversationRef: true,
  getConversationRef: true,
  enqueueOutbox: true,
  claimOutbox: true,
  completeOutbox: true,
  releaseOutbox: true,
  listOutbox: true,
} as const satisfies Record<Exclude<keyof Store, 'kind' | 'init' | 'close'>, true>;

export type RemoteStoreMethod = keyof typeof REMOTE_STORE_METHODS;

export const isRemoteStoreMethod = (name: unknown): name is RemoteStoreMethod => typeof name === 'string' && Object.hasOwn(REMOTE_STORE_METHODS, name);

/** Given to the worker when it starts (workerData). */
export interface TurnWorkerData {
  config: AppConfig;
  /** The export links' signing key, shared so a link signed by a turn verifies on the server thread. */
  exportLinkSecret: string | Uint8Array;
}

export type WorkerCall =
  | { id: number; op: 'turn'; req: TurnRequest }
  | { id: number; op: 'store'; method: RemoteStoreMethod; args: unknown[] }
  | { id: number; op: 'warmUp' }
  | { id: number; op: 'close' };

/** A call before the host numbers it. */
export type WorkerCallBody = WorkerCall extends infer C ? (C extends unknown ? Omit<C, 'id'> : never) : never;

export type WorkerAnswer = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WireError };

/** The worker's first message: built and ready, or why not (a configuration refusal, say). */
export type WorkerHello = { ready: { kind: Store['kind'] } } | { failed: WireError };

export interface WireError {
  name: string;
  message: string;
  /** The error's own enumerable fields that are plain data (a ConfigError's issues, an id). */
  fields: Record<string, unknown>;
}

export function toWire(err: unknown): WireError {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(err)) if (isPlain(v)) fields[k] = v;
  // A class that does not set its name (ConfigError) is known by its constructor's.
  const name = err.name === 'Error' ? (err.constructor?.name ?? 'Error') : err.name;
  return { name, message: err.message, fields };
}

/** The error as the server thread's code expects it: the same classes where it tests for them. */
export function fromWire(wire: WireError): Error {
  // The same message, word for word, whichever way it was built.
  if (wire.name === 'ConfigError' && Array.isArray(wire.fields['issues']))
    return Object.assign(new ConfigError(wire.fields['issues'] as ConfigError['issues']), { message: wire.message });
  if (wire.name === 'LlmConfigError') return new LlmConfigError(wire.message);
  const err = new Error(wire.message);
  err.name = wire.name;
  return Object.assign(err, wire.fields);
}

function isPlain(v: unknown): boolean {
  if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) return true;
  if (Array.isArray(v)) return v.every(isPlain);
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return Object.values(v as object).every(isPlain);
  return false;
}

import { randomBytes } from 'node:crypto';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { readDefaultScriptSource } from '../../dialogs/scripts/load';
import { createStore } from '../../store/create-store';
import type { Store } from '../../store/types';

/** A fresh in-memory store with the default script installed as v1, as on first start. */
export async function memoryStore(): Promise<Store> {
  const store = createStore({ sqlitePath: ':memory:', encryptionKeys: { current: 'k', keys: { k: randomBytes(32).toString('base64') } } });
  await store.init();
  return store;
}

type Doc = {
  id: string;
  title: string;
  sections: Array<{ kind: string; id: string; title: string; instrument?: string; questions?: Array<Record<string, unknown>> } & Record<string, unknown>>;
} & Record<string, unknown>;

/** The shipped default script as a mutable document. */
export function defaultDoc(): Doc {
  return parseYaml(readDefaultScriptSource()) as Doc;
}

export function question(doc: Doc, id: string): Record<string, unknown> {
  for (const s of doc.sections) for (const q of s.questions ?? []) if (q.id === id) return q;
  throw new Error(`no question ${id}`);
}

export const toYaml = (doc: unknown) => stringifyYaml(doc, { lineWidth: 0 });

export const KNEW_REFERRED_OLD = 'Did you know you had been referred to the social prescribing service?';
export const KNEW_REFERRED_NEW = 'Did your GP practice tell you they were referring you to us?';

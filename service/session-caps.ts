import type { AssessmentState } from '../dialogs/engine/types';
import { DEFAULT_SESSION_CAP } from '../dialogs/script/schema';
import type { ScriptRegistry } from './script-registry';

type ScriptVersionOf = Pick<AssessmentState, 'scriptId' | 'scriptVersion'>;

/**
 * The session cap of an assessment's script version, each version read once. A version that
 * cannot be read keeps the default cap rather than failing: the caseload, the progress card, the
 * report and the reminders still show what was recorded. The one place this rule lives.
 */
export function sessionCapLookup(scripts: ScriptRegistry): (a: ScriptVersionOf) => Promise<number> {
  const caps = new Map<string, Promise<number>>();
  return (a) => {
    const key = `${a.scriptId}@${a.scriptVersion}`;
    let cap = caps.get(key);
    if (!cap) {
      cap = scripts.get(a.scriptId, a.scriptVersion).then(
        (s) => s.script.sessionCap,
        () => DEFAULT_SESSION_CAP,
      );
      caps.set(key, cap);
    }
    return cap;
  };
}

/** The caps of a list of assessments read up front, for the pure builders that take `capOf(a)`. */
export async function sessionCapsOf(scripts: ScriptRegistry, assessments: readonly ScriptVersionOf[]): Promise<(a: ScriptVersionOf) => number> {
  const lookup = sessionCapLookup(scripts);
  const caps = new Map<string, number>();
  for (const a of assessments) caps.set(`${a.scriptId}@${a.scriptVersion}`, await lookup(a));
  return (a) => caps.get(`${a.scriptId}@${a.scriptVersion}`) ?? DEFAULT_SESSION_CAP;
}

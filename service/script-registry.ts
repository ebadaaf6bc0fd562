import type { CompiledScript } from '../dialogs/script/compile';
import { formatIssues, validateScriptText } from '../dialogs/script/validate';
import { readDefaultScriptSource } from '../dialogs/scripts/load';
import type { Store } from '../store/types';

/**
 * Published script versions are immutable, so a compiled version can be cached forever —
 * an assessment in progress always finishes on the version it started with.
 */
export class ScriptRegistry {
  private readonly cache = new Map<string, CompiledScript>();
  private readonly loading = new Map<string, Promise<CompiledScript>>();

  constructor(private readonly store: Store) {}

  /** First run: publish the shipped default script as version 1, attributed to the system. */
  async ensureDefaultPublished(now: string): Promise<void> {
    const source = readDefaultScriptSource();
    const v = validateScriptText(source);
    if (!v.ok) throw new Error(`Default script invalid:\n${formatIssues(v.issues)}`);
    const id = v.compiled.script.id;
    const existing = await this.store.listScriptVersions(id);
    if (existing.length > 0) return;
    await this.store.saveScriptVersion({ scriptId: id, version: 1, status: 'published', source, createdBy: 'system', createdAt: now, publishedAt: now });
    await this.store.appendAudit({
      at: now,
      actor: 'system',
      action: 'script.publish',
      subject: `script:${id}:1`,
      detail: { reason: 'default script installed' },
    });
  }

  /**
   * Issue 10: publishes another shipped script (the progress review) as version 1 on first use,
   * exactly as the default is; later versions are the managers' to publish. Returns its id.
   * A concurrent instance publishing the same version first is not an error.
   */
  async ensurePublished(source: string, now: string, reason: string): Promise<string> {
    const v = validateScriptText(source);
    if (!v.ok) throw new Error(`Shipped script invalid:\n${formatIssues(v.issues)}`);
    const id = v.compiled.script.id;
    if ((await this.store.listScriptVersions(id)).length > 0) return id;
    try {
      await this.store.saveScriptVersion({ scriptId: id, version: 1, status: 'published', source, createdBy: 'system', createdAt: now, publishedAt: now });
    } catch (err) {
      if ((await this.store.listScriptVersions(id)).length > 0) return id;
      throw err;
    }
    await this.store.appendAudit({ at: now, actor: 'system', action: 'script.publish', subject: `script:${id}:1`, detail: { reason } });
    return id;
  }

  async latestPublished(scriptId: string): Promise<{ version: number; compiled: CompiledScript } | null> {
    const versions = await this.store.listScriptVersions(scriptId);
    const published = versions.filter((v) => v.status === 'published').sort((a, b) => b.version - a.version)[0];
    if (!published) return null;
    return { version: published.version, compiled: await this.get(scriptId, published.version) };
  }

  /** A version already loaded that can never change (published or retired; drafts are not cached): stored replies name its questions (stored-reply.ts). */
  immutable(scriptId: string, version: number): CompiledScript | undefined {
    return this.cache.get(`${scriptId}@${version}`);
  }

  /**
   * Several turns asking at once for a version not yet loaded share one load and one compile
   * (~65–200 ms for the default script): the turn worker's server thread, for one, asks for it
   * for every reply of the first turns after a start (service/turn-worker/).
   */
  get(scriptId: string, version: number): Promise<CompiledScript> {
    const key = `${scriptId}@${version}`;
    const hit = this.cache.get(key);
    if (hit) return Promise.resolve(hit);
    const pending = this.loading.get(key);
    if (pending) return pending;
    const load = this.load(scriptId, version, key).finally(() => this.loading.delete(key));
    this.loading.set(key, load);
    return load;
  }

  private async load(scriptId: string, version: number, key: string): Promise<CompiledScript> {
    const record = await this.store.getScriptVersion(scriptId, version);
    if (!record) throw new Error(`Script ${key} not found`);
    const v = validateScriptText(record.source);
    if (!v.ok) throw new Error(`Stored script ${key} is invalid:\n${formatIssues(v.issues)}`);
    // Drafts may still change, so only immutable versions are cached.
    if (record.status !== 'draft') this.cache.set(key, v.compiled);
    return v.compiled;
  }
}

import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { CompiledScript, ScriptIssue } from '../dialogs/script/compile';
import { diffScripts, type ScriptChange } from '../dialogs/script/diff';
import { toFhirQuestionnaire } from '../dialogs/script/fhir-questionnaire';
import { validateScript } from '../dialogs/script/validate';
import type { AuditEntry, ScriptVersionRecord, Store } from '../store/types';
import { lockedEditIssues, mergeIssues } from './script-locks';

/**
 * The managers' script workflow, without HTTP: drafts (validated, one per script), publish
 * (a new immutable version; the previous one is retired), rollback (an earlier version
 * republished as a new version), diff, export and the audit trail. Every change is audited
 * with ids and change summaries only — script text, never patient data.
 */

/** What the editor sends: raw YAML/JSON text (kept verbatim, comments and all) or a parsed document. */
export type ScriptInput = { source: string } | { document: unknown };

export type Checked = { ok: true; source: string; compiled: CompiledScript } | { ok: false; issues: ScriptIssue[] };

export type AdminResult<T> = { ok: true; value: T } | { ok: false; status: 404 | 409 | 422; message: string; issues?: ScriptIssue[] };

export type VersionMeta = Omit<ScriptVersionRecord, 'source'>;

export interface ScriptSummary {
  scriptId: string;
  title: string;
  versions: VersionMeta[];
}

const SUBJECT = (scriptId: string, version: number) => `script:${scriptId}:${version}`;
/** Enough to say "who changed what" in the audit without storing whole scripts twice. */
const MAX_AUDITED_CHANGES = 25;

const fail = (status: 404 | 409 | 422, message: string, issues?: ScriptIssue[]): AdminResult<never> => ({
  ok: false,
  status,
  message,
  ...(issues ? { issues } : {}),
});

const meta = ({ source: _source, ...rest }: ScriptVersionRecord): VersionMeta => rest;

/** Validation with the lock reasons and manager-friendly messages; the same check for every editor. */
export function checkScript(input: ScriptInput): Checked {
  let doc: unknown;
  let source: string;
  if ('source' in input) {
    if (typeof input.source !== 'string') return { ok: false, issues: [{ path: '(file)', message: 'expected the script as YAML or JSON text' }] };
    source = input.source;
    try {
      doc = parseYaml(source);
    } catch (err) {
      return { ok: false, issues: [{ path: '(file)', message: `not valid YAML or JSON: ${(err as Error).message.split('\n')[0]}` }] };
    }
  } else {
    doc = input.document;
    source = stringifyYaml(doc, { lineWidth: 0 });
  }
  const locks = lockedEditIssues(doc);
  const v = validateScript(doc);
  if (v.ok && locks.length === 0) return { ok: true, source, compiled: v.compiled };
  return { ok: false, issues: mergeIssues(locks, v.ok ? [] : v.issues) };
}

function compileStored(record: ScriptVersionRecord): CompiledScript {
  const v = checkScript({ source: record.source });
  // Stored versions were validated when saved; a failure here is a bug, not a user error.
  if (!v.ok) throw new Error(`Stored script ${SUBJECT(record.scriptId, record.version)} no longer validates`);
  return v.compiled;
}

export class ScriptAdmin {
  constructor(
    private readonly store: Store,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  async list(): Promise<ScriptSummary[]> {
    const all = await this.store.listScriptVersions();
    const byId = new Map<string, ScriptVersionRecord[]>();
    for (const r of all) byId.set(r.scriptId, [...(byId.get(r.scriptId) ?? []), r]);
    return [...byId.entries()].map(([scriptId, records]) => {
      const sorted = [...records].sort((a, b) => b.version - a.version);
      const live = sorted.find((r) => r.status === 'published') ?? sorted[0]!;
      const title = (parseYaml(live.source) as { title?: unknown } | null)?.title;
      return { scriptId, title: typeof title === 'string' ? title : scriptId, versions: sorted.map(meta) };
    });
  }

  async getVersion(scriptId: string, version: number): Promise<AdminResult<ScriptVersionRecord & { document: unknown }>> {
    const record = await this.store.getScriptVersion(scriptId, version);
    if (!record) return fail(404, `Script ${scriptId} has no version ${version}`);
    return { ok: true, value: { ...record, document: parseYaml(record.source) } };
  }

  /**
   * Saves the script's one draft (created as the next version number if there is none). With
   * `scriptId` null this is an import: the id inside the file decides which script it drafts.
   * Invalid input is refused with every issue and nothing is saved.
   */
  async saveDraft(actor: string, scriptId: string | null, input: ScriptInput): Promise<AdminResult<VersionMeta & { changes: ScriptChange[] }>> {
    const checked = checkScript(input);
    if (!checked.ok) return fail(422, 'The script has problems; nothing was saved.', checked.issues);
    const id = checked.compiled.script.id;
    if (scriptId !== null && id !== scriptId)
      return fail(422, 'The script id cannot change in a draft; nothing was saved.', [
        { path: 'id', message: `must stay "${scriptId}" (to start a new script, import the file instead)` },
      ]);
    const versions = await this.store.listScriptVersions(id);
    const draft = versions.find((v) => v.status === 'draft');
    if (draft && draft.source === checked.source) return { ok: true, value: { ...meta(draft), changes: [] } };
    const version = draft?.version ?? Math.max(0, ...versions.map((v) => v.version)) + 1;
    const at = this.now();
    const record: ScriptVersionRecord = { scriptId: id, version, status: 'draft', source: checked.source, createdBy: actor, createdAt: at };
    const changes = await this.changesAgainstLive(versions, checked.compiled);
    await this.store.saveScriptVersion(record);
    await this.audit(actor, scriptId === null ? 'script.import' : 'script.draft.save', id, version, changes);
    return { ok: true, value: { ...meta(record), changes } };
  }

  /** The draft becomes an immutable published version; new assessments start on it from now on. */
  async publish(actor: string, scriptId: string, version: number): Promise<AdminResult<VersionMeta>> {
    const versions = await this.store.listScriptVersions(scriptId);
    const record = versions.find((v) => v.version === version);
    if (!record) return fail(404, `Script ${scriptId} has no version ${version}`);
    if (record.status !== 'draft')
      return fail(409, `Version ${version} is ${record.status}; only a draft can be published (published versions never change — edit a new draft).`);
    const compiled = compileStored(record);
    const changes = await this.changesAgainstLive(versions, compiled);
    const at = this.now();
    const published: ScriptVersionRecord = { ...record, status: 'published', publishedAt: at };
    await this.store.saveScriptVersion(published);
    await this.retireOthers(versions, version);
    await this.audit(actor, 'script.publish', scriptId, version, changes);
    return { ok: true, value: meta(published) };
  }

  /** Republishes an earlier version's content as a new version; history is never rewritten. */
  async rollback(actor: string, scriptId: string, toVersion: number): Promise<AdminResult<VersionMeta>> {
    const versions = await this.store.listScriptVersions(scriptId);
    const target = versions.find((v) => v.version === toVersion);
    if (!target) return fail(404, `Script ${scriptId} has no version ${toVersion}`);
    if (target.status === 'draft') return fail(409, `Version ${toVersion} is a draft; publish it instead of rolling back to it.`);
    if (target.status === 'published') return fail(409, `Version ${toVersion} is already the live version.`);
    const compiled = compileStored(target);
    const changes = await this.changesAgainstLive(versions, compiled);
    const version = Math.max(...versions.map((v) => v.version)) + 1;
    const at = this.now();
    const record: ScriptVersionRecord = { scriptId, version, status: 'published', source: target.source, createdBy: actor, createdAt: at, publishedAt: at };
    await this.store.saveScriptVersion(record);
    await this.retireOthers(versions, version);
    await this.audit(actor, 'script.rollback', scriptId, version, changes, { restoredFrom: toVersion });
    return { ok: true, value: meta(record) };
  }

  async diff(scriptId: string, from: number, to: number): Promise<AdminResult<ScriptChange[]>> {
    const [a, b] = await Promise.all([this.store.getScriptVersion(scriptId, from), this.store.getScriptVersion(scriptId, to)]);
    if (!a || !b) return fail(404, `Script ${scriptId} has no version ${!a ? from : to}`);
    return { ok: true, value: diffScripts(compileStored(a).script, compileStored(b).script) };
  }

  /** A script file (YAML as stored, or JSON) or a FHIR R4 SDC Questionnaire. */
  async exportVersion(scriptId: string, version: number, format: 'yaml' | 'json' | 'fhir'): Promise<AdminResult<{ filename: string; contentType: string; body: string }>> {
    const record = await this.store.getScriptVersion(scriptId, version);
    if (!record) return fail(404, `Script ${scriptId} has no version ${version}`);
    const base = `${scriptId}-v${version}`;
    if (format === 'yaml') return { ok: true, value: { filename: `${base}.yaml`, contentType: 'application/yaml', body: record.source } };
    if (format === 'json')
      return { ok: true, value: { filename: `${base}.json`, contentType: 'application/json', body: JSON.stringify(parseYaml(record.source), null, 2) } };
    const q = toFhirQuestionnaire(compileStored(record), { version, status: record.status, date: record.publishedAt ?? record.createdAt });
    return { ok: true, value: { filename: `${base}.questionnaire.json`, contentType: 'application/fhir+json', body: JSON.stringify(q, null, 2) } };
  }

  /** Script entries only: the audit log also holds assessment events, which editors must not see. */
  async auditTrail(scriptId?: string, limit = 200): Promise<AuditEntry[]> {
    return this.store.listAudit({ subjectPrefix: scriptId ? `script:${scriptId}:` : 'script:', limit });
  }

  private async changesAgainstLive(versions: ScriptVersionRecord[], next: CompiledScript): Promise<ScriptChange[]> {
    const live = versions.filter((v) => v.status === 'published').sort((a, b) => b.version - a.version)[0];
    return live ? diffScripts(compileStored(live).script, next.script) : [];
  }

  private async retireOthers(versions: ScriptVersionRecord[], keep: number): Promise<void> {
    for (const v of versions)
      if (v.status === 'published' && v.version !== keep) await this.store.saveScriptVersion({ ...v, status: 'retired' });
  }

  private async audit(actor: string, action: string, scriptId: string, version: number, changes: ScriptChange[], extra: Record<string, unknown> = {}): Promise<void> {
    await this.store.appendAudit({
      at: this.now(),
      actor,
      action,
      subject: SUBJECT(scriptId, version),
      detail: { ...extra, changeCount: changes.length, changes: changes.slice(0, MAX_AUDITED_CHANGES).map((c) => c.summary) },
    });
  }
}

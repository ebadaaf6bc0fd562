import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { CompiledScript, ScriptIssue } from '../dialogs/script/compile';
import { diffScripts, type ScriptChange } from '../dialogs/script/diff';
import { toFhirQuestionnaire } from '../dialogs/script/fhir-questionnaire';
import { validateScript } from '../dialogs/script/validate';
import type { AuditEntry, ScriptVersionRecord, Store } from '../store/types';
import { changeLine, describeChanges, type ChangeInWords } from './script-change-words';
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

export type AdminResult<T> = { ok: true; value: T } | { ok: false; status: 404 | 409 | 422; message: string; issues?: ScriptIssue[]; conflict?: DraftConflict };

/**
 * What an editor's draft was based on: the version it opened and, for a draft, when that draft
 * was last saved. A save whose base is no longer current is refused (409) rather than silently
 * replacing someone else's work; the editor then offers "reload" or "save as a new draft".
 */
export interface DraftBase {
  /** The version opened in the editor. */
  version: number | null;
  /** When editing a draft: that draft's save time; null when starting from a published version. */
  savedAt: string | null;
}

/** Why a save was refused, for the editor's choice. */
export interface DraftConflict {
  reason: 'draft_changed' | 'live_changed';
  /** The version that is current now (the other draft, or the newly published version). */
  current: VersionMeta;
}

export interface SaveOptions {
  basedOn?: DraftBase;
  /** Keep the other draft (set aside, unchanged) and save this one as the next version. */
  asNewDraft?: boolean;
}

export type VersionMeta = Omit<ScriptVersionRecord, 'source'>;

export interface ScriptSummary {
  scriptId: string;
  title: string;
  versions: VersionMeta[];
}

const SUBJECT = (scriptId: string, version: number) => `script:${scriptId}:${version}`;
/** Enough to say "who changed what" in the audit without storing whole scripts twice. */
const MAX_AUDITED_CHANGES = 25;

const fail = (status: 404 | 409 | 422, message: string, issues?: ScriptIssue[], conflict?: DraftConflict): AdminResult<never> => ({
  ok: false,
  status,
  message,
  ...(issues ? { issues } : {}),
  ...(conflict ? { conflict } : {}),
});
const MAX_REASON = 500;

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
  async saveDraft(
    actor: string,
    scriptId: string | null,
    input: ScriptInput,
    options: SaveOptions = {},
  ): Promise<AdminResult<VersionMeta & { changes: ScriptChange[] }>> {
    const checked = checkScript(input);
    if (!checked.ok) return fail(422, 'The script has problems; nothing was saved.', checked.issues);
    const id = checked.compiled.script.id;
    if (scriptId !== null && id !== scriptId)
      return fail(422, 'The script id cannot change in a draft; nothing was saved.', [
        { path: 'id', message: `must stay "${scriptId}" (to start a new script, import the file instead)` },
      ]);
    const versions = await this.store.listScriptVersions(id);
    const draft = versions.find((v) => v.status === 'draft');
    const conflict = options.basedOn ? conflictWith(versions, draft, options.basedOn) : null;
    if (conflict && !options.asNewDraft) return fail(409, conflictMessage(conflict), undefined, conflict);
    if (!conflict && draft && draft.source === checked.source) return { ok: true, value: { ...meta(draft), changes: [] } };
    // Saving as a new draft keeps the other one, unchanged, in the history ("set aside").
    const setAside = conflict && options.asNewDraft ? draft : undefined;
    const version = setAside || !draft ? Math.max(0, ...versions.map((v) => v.version)) + 1 : draft.version;
    const at = this.now();
    const record: ScriptVersionRecord = { scriptId: id, version, status: 'draft', source: checked.source, createdBy: actor, createdAt: at };
    const changes = await this.changesAgainstLive(versions, checked.compiled);
    if (setAside) {
      await this.store.saveScriptVersion({ ...setAside, status: 'retired' });
      await this.audit(actor, 'script.draft.set_aside', id, setAside.version, [], [], { keptAs: 'retired, never published', replacedBy: version });
    }
    await this.store.saveScriptVersion(record);
    const words = await this.wordsAgainstLive(versions, checked.compiled);
    await this.audit(actor, scriptId === null ? 'script.import' : 'script.draft.save', id, version, changes, words);
    return { ok: true, value: { ...meta(record), changes } };
  }

  /** The draft becomes an immutable published version; new assessments start on it from now on. */
  async publish(actor: string, scriptId: string, version: number, reason?: string): Promise<AdminResult<VersionMeta>> {
    const why = cleanReason(reason);
    if (why === false) return fail(422, `The reason for the change must be at most ${MAX_REASON} characters; nothing was published.`);
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
    await this.audit(actor, 'script.publish', scriptId, version, changes, await this.wordsAgainstLive(versions, compiled), why ? { reason: why } : {});
    return { ok: true, value: meta(published) };
  }

  /** Republishes an earlier version's content as a new version; history is never rewritten. */
  async rollback(actor: string, scriptId: string, toVersion: number, reason?: string): Promise<AdminResult<VersionMeta>> {
    const why = cleanReason(reason);
    if (why === false) return fail(422, `The reason for the change must be at most ${MAX_REASON} characters; nothing was changed.`);
    const versions = await this.store.listScriptVersions(scriptId);
    const target = versions.find((v) => v.version === toVersion);
    if (!target) return fail(404, `Script ${scriptId} has no version ${toVersion}`);
    if (target.status === 'draft') return fail(409, `Version ${toVersion} is a draft; publish it instead of rolling back to it.`);
    if (target.status === 'published') return fail(409, `Version ${toVersion} is already the live version.`);
    if (!target.publishedAt) return fail(409, `Version ${toVersion} was a draft set aside and never published; open it and save it as a draft to use it.`);
    const compiled = compileStored(target);
    const changes = await this.changesAgainstLive(versions, compiled);
    const version = Math.max(...versions.map((v) => v.version)) + 1;
    const at = this.now();
    const record: ScriptVersionRecord = { scriptId, version, status: 'published', source: target.source, createdBy: actor, createdAt: at, publishedAt: at };
    await this.store.saveScriptVersion(record);
    await this.retireOthers(versions, version);
    await this.audit(actor, 'script.rollback', scriptId, version, changes, await this.wordsAgainstLive(versions, compiled), {
      restoredFrom: toVersion,
      ...(why ? { reason: why } : {}),
    });
    return { ok: true, value: meta(record) };
  }

  async diff(scriptId: string, from: number, to: number): Promise<AdminResult<ScriptChange[]>> {
    const r = await this.diffBoth(scriptId, from, to);
    return r.ok ? { ok: true, value: r.value.changes } : r;
  }

  /** The id-based changes and the same changes in words (question wording, option labels…). */
  async diffBoth(scriptId: string, from: number, to: number): Promise<AdminResult<{ changes: ScriptChange[]; words: ChangeInWords[] }>> {
    const [a, b] = await Promise.all([this.store.getScriptVersion(scriptId, from), this.store.getScriptVersion(scriptId, to)]);
    if (!a || !b) return fail(404, `Script ${scriptId} has no version ${!a ? from : to}`);
    const [sa, sb] = [compileStored(a).script, compileStored(b).script];
    return { ok: true, value: { changes: diffScripts(sa, sb), words: describeChanges(sa, sb) } };
  }

  /** A script file (YAML as stored, or JSON) or a FHIR R4 SDC Questionnaire. */
  async exportVersion(
    scriptId: string,
    version: number,
    format: 'yaml' | 'json' | 'fhir',
  ): Promise<AdminResult<{ filename: string; contentType: string; body: string }>> {
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

  private async wordsAgainstLive(versions: ScriptVersionRecord[], next: CompiledScript): Promise<ChangeInWords[]> {
    const live = versions.filter((v) => v.status === 'published').sort((a, b) => b.version - a.version)[0];
    return live ? describeChanges(compileStored(live).script, next.script) : [];
  }

  private async retireOthers(versions: ScriptVersionRecord[], keep: number): Promise<void> {
    for (const v of versions) if (v.status === 'published' && v.version !== keep) await this.store.saveScriptVersion({ ...v, status: 'retired' });
  }

  private async audit(
    actor: string,
    action: string,
    scriptId: string,
    version: number,
    changes: ScriptChange[],
    words: ChangeInWords[],
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    await this.store.appendAudit({
      at: this.now(),
      actor,
      action,
      subject: SUBJECT(scriptId, version),
      detail: {
        ...extra,
        changeCount: changes.length,
        changes: changes.slice(0, MAX_AUDITED_CHANGES).map((c) => c.summary),
        ...(words.length ? { words: words.slice(0, MAX_AUDITED_CHANGES).map(changeLine) } : {}),
      },
    });
  }
}

/** null: no reason given; false: too long; otherwise the trimmed reason. */
function cleanReason(reason: string | undefined): string | null | false {
  const r = (reason ?? '').trim();
  if (!r) return null;
  return r.length > MAX_REASON ? false : r;
}

/** Is the editor's base still current? A draft saved since, or a new live version, is a conflict. */
function conflictWith(versions: ScriptVersionRecord[], draft: ScriptVersionRecord | undefined, base: DraftBase): DraftConflict | null {
  if (draft) {
    const same = base.version === draft.version && base.savedAt === draft.createdAt;
    return same ? null : { reason: 'draft_changed', current: meta(draft) };
  }
  const live = versions.filter((v) => v.status === 'published').sort((a, b) => b.version - a.version)[0];
  if (!live) return null;
  // savedAt set: the editor was editing a draft that has since been published or set aside.
  // Otherwise it started from a published version: a different one is live now.
  return base.savedAt !== null || base.version !== live.version ? { reason: 'live_changed', current: meta(live) } : null;
}

function conflictMessage(c: DraftConflict): string {
  const who = `${c.current.createdBy} at ${c.current.createdAt.slice(11, 16)} UTC on ${c.current.createdAt.slice(0, 10)}`;
  return c.reason === 'draft_changed'
    ? `Draft v${c.current.version} was saved again (by ${who}) after you opened it, so your changes were not saved and that draft is kept as it is. Reload their draft, or save yours as a new draft.`
    : `The version you started from is no longer current: v${c.current.version} is live now (${who}). Nothing was saved. Reload, or save yours as a new draft.`;
}

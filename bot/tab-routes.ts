import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response, Server } from 'restify';
import { instrumentLocks, SAFEGUARDING_LOCK_REASON } from '../service/script-locks';
import { checkScript, ScriptAdmin, type AdminResult, type SaveOptions, type ScriptInput } from '../service/script-admin';
import { runPreview } from '../service/script-preview';
import type { Store } from '../store/types';
import { CASELOAD_FILTERS, filterCaseload, type CaseloadFilter } from '../reports/caseload/caseload';
import { loadCaseload } from '../service/caseload-source';
import type { ScriptRegistry } from '../service/script-registry';
import { RISK_CATEGORIES } from '../dialogs/vocabulary';
import { createTabAuthenticator } from './auth/tab-auth';
import { MANAGE_ROLE, type TabConfig } from './auth/tab-config';
import type { TabIdentity } from './auth/verify-token';

/**
 * The managers' tab: the static page under /tab and its JSON API under /api/scripts. Every API
 * call is authenticated on the server; nothing here returns assessments or answers — except
 * /api/caseload, the link worker's own "My caseload" page: masked rows of only the caller's own
 * people (the signed token's object id is the owner), never a reference or free text.
 */
const PUBLIC_DIR = fileURLToPath(new URL('../tab/public/', import.meta.url));
const TEAMS_JS = fileURLToPath(new URL('../node_modules/@microsoft/teams-js/dist/umd/MicrosoftTeams.min.js', import.meta.url));
/** The yaml package's browser build, so the raw view and the server parse YAML the same way. */
const YAML_DIR = fileURLToPath(new URL('../node_modules/yaml/browser/dist/', import.meta.url));
/** Fluent UI web components (one self-registering bundle) and the Teams theme tokens, vendored the same way. */
const FLUENT_DIR = fileURLToPath(new URL('../node_modules/@fluentui/web-components/dist/', import.meta.url));
const FLUENT_TOKENS_DIR = fileURLToPath(new URL('../node_modules/@fluentui/tokens/lib/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

// Teams hosts the tab in an iframe; only Microsoft 365 hosts may frame it. teams-js fetches its
// list of valid host domains from res.cdn.office.net.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' https://res.cdn.office.net",
  'frame-ancestors teams.microsoft.com *.teams.microsoft.com *.office.com *.microsoft365.com *.cloud.microsoft',
].join('; ');

function sendRaw(res: Response, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'x-content-type-options': 'nosniff', 'content-security-policy': CSP, ...extra });
  res.end(body);
}

async function serveFile(res: Response, path: string, cache = 'no-cache'): Promise<void> {
  try {
    sendRaw(res, 200, TYPES[extname(path)] ?? 'application/octet-stream', await readFile(path), { 'cache-control': cache });
  } catch {
    sendRaw(res, 404, 'text/plain; charset=utf-8', 'Not found');
  }
}

/** Only files inside `dir`: a path with ".." never leaves it. */
function serveUnder(res: Response, dir: string, requested: unknown, cache?: string): Promise<void> {
  const rel = normalize(String(requested ?? '') || 'index.html');
  const path = join(dir, rel);
  if (!path.startsWith(dir) || rel.split(sep).includes('..')) {
    sendRaw(res, 404, 'text/plain; charset=utf-8', 'Not found');
    return Promise.resolve();
  }
  return serveFile(res, path, cache);
}

const json = (res: Response, status: number, body: unknown) => {
  res.header('cache-control', 'no-store');
  res.send(status, body);
};

function replyResult<T>(res: Response, r: AdminResult<T>, status = 200): void {
  if (r.ok) json(res, status, r.value);
  else json(res, r.status, { error: r.message, ...(r.issues ? { issues: r.issues } : {}), ...(r.conflict ? { conflict: r.conflict } : {}) });
}

/** The version the editor's draft was based on (see DraftBase); absent for scripted clients. */
function saveOptions(body: unknown): SaveOptions | null {
  const b = (body ?? {}) as { basedOn?: unknown; asNewDraft?: unknown };
  const out: SaveOptions = { asNewDraft: b.asNewDraft === true };
  if (b.basedOn === undefined) return out;
  const base = b.basedOn as { version?: unknown; savedAt?: unknown } | null;
  const version = base?.version ?? null;
  const savedAt = base?.savedAt ?? null;
  if ((version !== null && !(Number.isInteger(version) && (version as number) > 0)) || (savedAt !== null && typeof savedAt !== 'string')) return null;
  return { ...out, basedOn: { version: version as number | null, savedAt: savedAt as string | null } };
}

/** An optional reason for a publish or roll back, recorded in the audit log. */
const reasonOf = (body: unknown): string | undefined => {
  const r = (body as { reason?: unknown } | undefined)?.reason;
  return typeof r === 'string' ? r : undefined;
};

/** The editor sends either raw text or a parsed document; anything else is a 400. */
function scriptInput(body: unknown): ScriptInput | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as { source?: unknown; document?: unknown };
  if (typeof b.source === 'string') return { source: b.source };
  if (b.document !== undefined) return { document: b.document };
  return null;
}

const versionParam = (v: unknown): number | null => (typeof v === 'string' && /^[1-9]\d{0,6}$/.test(v) ? Number(v) : null);

export function mountTabRoutes(cfg: TabConfig) {
  const authenticate = createTabAuthenticator(cfg);
  return (server: Server, core: { store: Store; scripts: ScriptRegistry }): void => {
    const admin = new ScriptAdmin(core.store);

    /** Wraps a handler with authentication and uniform errors (never a stack trace to the page). */
    const route =
      (need: 'read' | 'manage', handler: (req: Request, res: Response, who: TabIdentity) => Promise<void>) => async (req: Request, res: Response) => {
        try {
          const auth = await authenticate(req, need);
          if (!auth.ok) return json(res, auth.status, { error: auth.message });
          await handler(req, res, auth.identity);
        } catch (err) {
          req.log?.error?.({ err: (err as Error).name }, 'scripts api error');
          json(res, 500, { error: 'Something went wrong; nothing was changed. Try again.' });
        }
      };

    const badRequest = (res: Response, message: string) => json(res, 400, { error: message });

    server.get('/tab', async (_req, res) => serveFile(res, join(PUBLIC_DIR, 'index.html')));
    server.get('/tab/vendor/teams-js.js', async (_req, res) => serveFile(res, TEAMS_JS, 'max-age=3600'));
    server.get('/tab/vendor/yaml/*', async (req, res) => serveUnder(res, YAML_DIR, req.params['*'], 'max-age=3600'));
    server.get('/tab/vendor/fluent/*', async (req, res) => serveUnder(res, FLUENT_DIR, req.params['*'], 'max-age=3600'));
    server.get('/tab/vendor/fluent-tokens/*', async (req, res) => serveUnder(res, FLUENT_TOKENS_DIR, req.params['*'], 'max-age=3600'));
    server.get('/tab/*', async (req, res) => serveUnder(res, PUBLIC_DIR, req.params['*']));

    // Tells the page how to sign in; deliberately no secrets and no authorisation decisions.
    server.get('/api/scripts/config', async (_req, res) =>
      json(res, 200, {
        mode: cfg.mode,
        ...(cfg.mode === 'local' ? { identity: cfg.identity } : {}),
        ...(cfg.mode === 'disabled' ? { reason: cfg.reason } : {}),
        role: MANAGE_ROLE,
      }),
    );
    server.get(
      '/api/scripts/me',
      route('read', async (_req, res, who) => json(res, 200, who)),
    );
    server.get(
      '/api/scripts/locks',
      route('read', async (_req, res) =>
        json(res, 200, {
          instruments: instrumentLocks(),
          safeguarding: SAFEGUARDING_LOCK_REASON,
          riskCategories: Object.entries(RISK_CATEGORIES).map(([id, label]) => ({ id, label })),
        }),
      ),
    );
    server.get(
      '/api/scripts',
      route('read', async (_req, res) => json(res, 200, { scripts: await admin.list() })),
    );
    server.get(
      '/api/scripts/audit',
      route('read', async (req, res) => {
        const scriptId = typeof req.query?.scriptId === 'string' ? req.query.scriptId : undefined;
        json(res, 200, { entries: await admin.auditTrail(scriptId) });
      }),
    );

    // Validation and preview change nothing, so reading is enough to use them.
    server.post(
      '/api/scripts/validate',
      route('read', async (req, res) => {
        const input = scriptInput(req.body);
        if (!input) return badRequest(res, 'Send {"source": "<yaml or json>"} or {"document": {...}}.');
        const r = checkScript(input);
        json(res, 200, r.ok ? { ok: true, issues: [] } : { ok: false, issues: r.issues });
      }),
    );
    server.post(
      '/api/scripts/preview',
      route('read', async (req, res) => {
        const body = (req.body ?? {}) as { state?: unknown; input?: unknown; startAt?: unknown };
        const input = scriptInput(req.body);
        if (!input) return badRequest(res, 'Send the draft as "source" or "document".');
        const r = runPreview({ script: input, state: body.state, input: body.input, startAt: body.startAt });
        if (r.ok) json(res, 200, { state: r.state, prompts: r.prompts });
        else json(res, r.status, { error: r.message, ...(r.issues ? { issues: r.issues } : {}) });
      }),
    );

    // "My caseload": reading only — and only what the caller owns, whatever their role.
    server.get(
      '/api/caseload',
      route('read', async (req, res, who) => {
        const asked = String(req.query?.filter ?? 'all');
        if (!(CASELOAD_FILTERS as readonly string[]).includes(asked)) return badRequest(res, 'filter must be all, due or cap.');
        const now = new Date().toISOString();
        const all = await loadCaseload(core.store, core.scripts, who.userId, now);
        const rows = filterCaseload(all, asked as CaseloadFilter, now).map((e) => ({
          masked: e.masked,
          status: e.status,
          statusLabel: e.statusLabel,
          detail: e.detail,
          sessions: e.sessions,
          reviewDate: e.reviewDate,
          lastContact: e.lastContact,
          next: e.next,
          supervision: e.supervision,
          discharge: e.discharge && { at: e.discharge.at.slice(0, 10), label: e.discharge.label },
        }));
        const counts = { all: all.length, due: filterCaseload(all, 'due', now).length, cap: filterCaseload(all, 'cap', now).length };
        json(res, 200, { filter: asked, today: now.slice(0, 10), counts, rows });
      }),
    );

    server.post(
      '/api/scripts/import',
      route('manage', async (req, res, who) => {
        const input = scriptInput(req.body);
        if (!input) return badRequest(res, 'Send the file contents as {"source": "..."}.');
        replyResult(res, await admin.saveDraft(who.actor, null, input), 201);
      }),
    );
    server.put(
      '/api/scripts/:scriptId/draft',
      route('manage', async (req, res, who) => {
        const input = scriptInput(req.body);
        if (!input) return badRequest(res, 'Send {"source": "<yaml or json>"} or {"document": {...}}.');
        const options = saveOptions(req.body);
        if (!options) return badRequest(res, 'basedOn must be {"version": <number or null>, "savedAt": <time or null>}.');
        replyResult(res, await admin.saveDraft(who.actor, String(req.params.scriptId), input, options));
      }),
    );
    server.get(
      '/api/scripts/:scriptId/versions/:version',
      route('read', async (req, res) => {
        const v = versionParam(req.params.version);
        if (v === null) return badRequest(res, 'version must be a whole number');
        replyResult(res, await admin.getVersion(String(req.params.scriptId), v));
      }),
    );
    server.post(
      '/api/scripts/:scriptId/versions/:version/publish',
      route('manage', async (req, res, who) => {
        const v = versionParam(req.params.version);
        if (v === null) return badRequest(res, 'version must be a whole number');
        replyResult(res, await admin.publish(who.actor, String(req.params.scriptId), v, reasonOf(req.body)));
      }),
    );
    server.post(
      '/api/scripts/:scriptId/rollback',
      route('manage', async (req, res, who) => {
        const v = versionParam(String((req.body as { version?: unknown } | undefined)?.version ?? ''));
        if (v === null) return badRequest(res, 'Send {"version": <the version to restore>}.');
        replyResult(res, await admin.rollback(who.actor, String(req.params.scriptId), v, reasonOf(req.body)));
      }),
    );
    server.get(
      '/api/scripts/:scriptId/diff',
      route('read', async (req, res) => {
        const from = versionParam(req.query?.from);
        const to = versionParam(req.query?.to);
        if (from === null || to === null) return badRequest(res, 'Give ?from=<version>&to=<version>.');
        const r = await admin.diffBoth(String(req.params.scriptId), from, to);
        if (r.ok) json(res, 200, { from, to, changes: r.value.changes, words: r.value.words });
        else replyResult(res, r);
      }),
    );
    server.get(
      '/api/scripts/:scriptId/versions/:version/export',
      route('read', async (req, res) => {
        const v = versionParam(req.params.version);
        const format = String(req.query?.format ?? 'yaml');
        if (v === null || !['yaml', 'json', 'fhir'].includes(format)) return badRequest(res, 'Give a version and ?format=yaml|json|fhir.');
        const r = await admin.exportVersion(String(req.params.scriptId), v, format as 'yaml' | 'json' | 'fhir');
        if (!r.ok) return replyResult(res, r);
        res.writeHead(200, {
          'content-type': `${r.value.contentType}; charset=utf-8`,
          'content-disposition': `attachment; filename="${r.value.filename}"`,
          'cache-control': 'no-store',
        });
        res.end(r.value.body);
      }),
    );
  };
}

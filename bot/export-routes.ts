import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import type { ExportLinkSigner } from '../service/export-links';
import { auditExport, canExport, produceExport, type ExportSettings } from '../service/export-service';
import type { ScriptRegistry } from '../service/script-registry';
import type { Store } from '../store/types';

/**
 * GET /exports/:token — the download behind the links the export command sends. Teams opens
 * links in a browser without the bot's token, so what authenticates a download is the link
 * itself: an unguessable HMAC-signed token (server key), bound to one export, one user, one
 * assessment and plan version, expiring after a few minutes. The export is rebuilt from the
 * stored record, so a link whose plan has changed or whose consent was withdrawn stops working.
 */
export interface ExportRouteDeps {
  store: Store;
  scripts: Pick<ScriptRegistry, 'get'>;
  links: ExportLinkSigner;
  settings: ExportSettings;
  logger?: Logger;
  clock?: () => Date;
}

const HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  // The token is in the URL: never pass it on to another site.
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; sandbox",
};

function sendText(res: Response, status: number, message: string): void {
  res.writeHead(status, { ...HEADERS, 'content-type': 'text/plain; charset=utf-8' });
  res.end(`${message}\n`);
}

export function registerExportRoutes(server: Server, deps: ExportRouteDeps): void {
  const clock = deps.clock ?? (() => new Date());
  // A wildcard, not `:token`: restify's router caps named parameters at 100 characters and a
  // signed token is longer. The token's own format check rejects anything else (e.g. "a/b").
  server.get('/exports/*', async (req: Request, res: Response) => {
    const token = String((req.params as Record<string, unknown>)['*'] ?? '');
    const now = clock();
    const verified = deps.links.verify(token, now);
    if (!verified.ok) {
      deps.logger?.warn({ reason: verified.reason }, 'export link refused');
      if (verified.reason === 'expired') return sendText(res, 410, 'This download link has expired. Type `export` in the chat to get a new one.');
      return sendText(res, 403, 'This download link is not valid.');
    }
    const c = verified.claims;
    const stored = await deps.store.getAssessment(c.aid);
    if (!stored) return sendText(res, 410, 'This export is no longer available.');
    const state = stored.value;
    if (!canExport(c.uid, state, deps.settings)) return sendText(res, 403, 'This download link is not valid.');
    const script = await deps.scripts.get(state.scriptId, state.scriptVersion).catch(() => null);
    const r = await produceExport({ state, actor: c.uid, format: c.fmt, script, settings: deps.settings, exportId: c.eid, generatedAt: c.iat });
    if (!r.ok) return sendText(res, 403, `${r.message}`);
    if ((r.plan?.id ?? null) !== c.pid || (r.plan?.version ?? null) !== c.pv)
      return sendText(res, 410, 'The plan has changed since this link was made. Type `export` in the chat to export the current version.');
    await auditExport(deps.store, {
      at: now.toISOString(),
      actor: c.uid,
      action: 'export.downloaded',
      exportId: c.eid,
      assessmentId: state.id,
      plan: r.plan,
      artifact: r.artifact,
    });
    deps.logger?.info({ exportId: c.eid, format: c.fmt }, 'export downloaded');
    res.writeHead(200, {
      ...HEADERS,
      'content-type': r.artifact.mediaType,
      'content-length': String(r.artifact.body.length),
      'content-disposition': `attachment; filename="${r.artifact.filename}"`,
    });
    res.end(r.artifact.body);
  });
}

/** For bot/app.ts `mount`: store and scripts come from the app core. */
export function exportRoutesMount(deps: Omit<ExportRouteDeps, 'store' | 'scripts'>) {
  return (server: Server, core: { store: Store; scripts: Pick<ScriptRegistry, 'get'> }) =>
    registerExportRoutes(server, { ...deps, store: core.store, scripts: core.scripts });
}

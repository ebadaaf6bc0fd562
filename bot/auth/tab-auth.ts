import type { Request } from 'restify';
import { MANAGE_ROLE, type TabConfig } from './tab-config';
import { createTokenVerifier, TokenRejected, type TabIdentity } from './verify-token';

/**
 * Who is calling the scripts API, decided on the server for every request:
 * entra mode → a valid SSO token (401 otherwise); local mode → the development identity, for
 * loopback callers only; disabled → 503. Changes additionally need the Scripts.Manage role (403).
 */
export type AuthOutcome = { ok: true; identity: TabIdentity } | { ok: false; status: 401 | 403 | 503; message: string };

const LOOPBACK_PEERS = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function createTabAuthenticator(cfg: TabConfig): (req: Request, need: 'read' | 'manage') => Promise<AuthOutcome> {
  const verify = cfg.mode === 'entra' ? createTokenVerifier(cfg) : null;
  return async (req, need) => {
    let identity: TabIdentity;
    if (cfg.mode === 'disabled') return { ok: false, status: 503, message: cfg.reason };
    if (cfg.mode === 'local') {
      // Even if the bot was told to accept remote callers, the dev identity stays on this machine.
      if (!LOOPBACK_PEERS.has(req.socket.remoteAddress ?? ''))
        return { ok: false, status: 403, message: 'Local development mode only accepts requests from this computer.' };
      identity = { actor: cfg.identity, userId: cfg.identity, roles: [MANAGE_ROLE], canManage: true, local: true };
    } else {
      const header = String(req.headers.authorization ?? '');
      const m = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header);
      if (!m) return { ok: false, status: 401, message: 'Sign-in required: open the tab in Teams.' };
      try {
        identity = await verify!(m[1]!);
      } catch (err) {
        if (err instanceof TokenRejected) return { ok: false, status: 401, message: `Sign-in failed: ${err.message}.` };
        throw err;
      }
    }
    if (need === 'manage' && !identity.canManage)
      return { ok: false, status: 403, message: `Changing scripts needs the "${MANAGE_ROLE}" app role; ask your Teams administrator.` };
    return { ok: true, identity };
  };
}

import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { MANAGE_ROLE, type TabConfig } from './tab-config';

/**
 * Validates the Teams SSO token the tab sends as a Bearer token: RS256 signature against the
 * tenant's published keys, issuer, audience (the tab app's client id or its api:// URI),
 * expiry. Roles come only from the signed token — never from the Teams context on the page.
 */
export interface TabIdentity {
  /** Recorded in the audit log and as a version's author. */
  actor: string;
  /** The Entra object id — the id the bot records as an assessment's owner (activity.from.aadObjectId). */
  userId: string;
  name?: string;
  roles: string[];
  canManage: boolean;
  local: boolean;
}

export class TokenRejected extends Error {
  override name = 'TokenRejected';
}

type EntraConfig = Extract<TabConfig, { mode: 'entra' }>;

/**
 * Teams SSO audiences, compared exactly: the client id itself, api://<client id>, or the
 * configured Application ID URI (the manifest's webApplicationInfo.resource,
 * api://<tab domain>/<client id>). A suffix match let api://evil.example/<client id> through.
 */
export function acceptedAudience(aud: JWTPayload['aud'], clientId: string, appIdUri?: string): boolean {
  const values = Array.isArray(aud) ? aud : aud ? [aud] : [];
  const accepted = new Set([clientId, `api://${clientId}`, ...(appIdUri ? [appIdUri] : [])]);
  return values.some((a) => accepted.has(a));
}

export function createTokenVerifier(cfg: EntraConfig): (token: string) => Promise<TabIdentity> {
  // jose caches the key set and refetches on an unknown key id (Entra rotates signing keys).
  const keys = createRemoteJWKSet(new URL(cfg.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 });
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, { issuer: cfg.issuer, algorithms: ['RS256'], clockTolerance: 60, requiredClaims: ['exp', 'iat'] }));
    } catch (err) {
      const reason =
        err instanceof joseErrors.JWTExpired
          ? 'token expired'
          : err instanceof joseErrors.JWTClaimValidationFailed
            ? `token ${err.claim} is not accepted`
            : err instanceof joseErrors.JWSSignatureVerificationFailed || err instanceof joseErrors.JWKSNoMatchingKey
              ? 'token signature is not valid'
              : 'token is not valid';
      throw new TokenRejected(reason);
    }
    if (!acceptedAudience(payload.aud, cfg.clientId, cfg.appIdUri)) throw new TokenRejected('token audience is not this app');
    if (payload.tid !== undefined && payload.tid !== cfg.tenantId) throw new TokenRejected('token is from another tenant');
    const oid = typeof payload.oid === 'string' ? payload.oid : payload.sub;
    if (!oid) throw new TokenRejected('token has no user id');
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === 'string') : [];
    const upn = typeof payload.preferred_username === 'string' ? payload.preferred_username : undefined;
    const name = typeof payload.name === 'string' ? payload.name : undefined;
    return { actor: upn ?? oid, userId: oid, ...(name ? { name } : {}), roles, canManage: roles.includes(MANAGE_ROLE), local: false };
  };
}

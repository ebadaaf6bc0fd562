import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { EXPORT_FORMATS, type ExportFormat } from '../exports/consent';

/**
 * Expiring download links for exports. Teams opens a link in the browser without our bot's
 * token, so the link itself is the credential: an HMAC-SHA256-signed token naming the export,
 * the user it was issued to, the assessment, the plan version and the format, with a short
 * expiry. Nothing in the token is secret or patient data (ids only); what makes it safe is that
 * it cannot be forged or altered without the server's key and that it dies quickly.
 */

export const DEFAULT_LINK_TTL_MS = 15 * 60_000;
const DOMAIN = 'wma-export-link-v1';

const claimsSchema = z.object({
  /** Export id (one per format per request). */
  eid: z.string().min(1).max(80),
  /** The user the link was issued to (Entra object id). */
  uid: z.string().min(1).max(200),
  /** Assessment id. */
  aid: z.string().min(1).max(200),
  /** Approved plan id and version at issue time; null for a screened-out referral (no plan). */
  pid: z.string().min(1).max(200).nullable(),
  pv: z.number().int().min(1).nullable(),
  fmt: z.enum(EXPORT_FORMATS as [ExportFormat, ...ExportFormat[]]),
  /** Issued at and expires at, ISO strings. */
  iat: z.string(),
  exp: z.string(),
});
export type ExportLinkClaims = z.infer<typeof claimsSchema>;

export type VerifyResult =
  | { ok: true; claims: ExportLinkClaims }
  /** invalid: malformed or signature mismatch (tampered, or signed with another key) — 403. expired — 410. */
  | { ok: false; reason: 'invalid' | 'expired' };

export interface ExportLinkSigner {
  readonly ttlMs: number;
  sign(claims: Omit<ExportLinkClaims, 'iat' | 'exp'>, now: Date): { token: string; expiresAt: string; issuedAt: string };
  verify(token: string, now: Date): VerifyResult;
}

const b64url = (b: Buffer) => b.toString('base64url');

export function createExportLinkSigner(options: { secret: string | Buffer; ttlMs?: number }): ExportLinkSigner {
  const key = typeof options.secret === 'string' ? Buffer.from(options.secret, 'utf8') : options.secret;
  if (key.length < 32) throw new Error('The export link secret must be at least 32 bytes');
  const ttlMs = options.ttlMs ?? DEFAULT_LINK_TTL_MS;
  const mac = (payload: string) => createHmac('sha256', key).update(`${DOMAIN}.${payload}`).digest();
  return {
    ttlMs,
    sign(claims, now) {
      const issuedAt = now.toISOString();
      const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
      const payload = b64url(Buffer.from(JSON.stringify({ ...claims, iat: issuedAt, exp: expiresAt }), 'utf8'));
      return { token: `${payload}.${b64url(mac(payload))}`, expiresAt, issuedAt };
    },
    verify(token, now) {
      const m = /^([A-Za-z0-9_-]{1,4000})\.([A-Za-z0-9_-]{43})$/.exec(token);
      if (!m) return { ok: false, reason: 'invalid' };
      const given = Buffer.from(m[2]!, 'base64url');
      const expected = mac(m[1]!);
      // Signature first, in constant time: an altered expiry is "invalid", never "expired".
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
      let json: unknown;
      try {
        json = JSON.parse(Buffer.from(m[1]!, 'base64url').toString('utf8'));
      } catch {
        return { ok: false, reason: 'invalid' };
      }
      const parsed = claimsSchema.safeParse(json);
      if (!parsed.success) return { ok: false, reason: 'invalid' };
      const exp = Date.parse(parsed.data.exp);
      if (!Number.isFinite(exp) || now.getTime() >= exp) return { ok: false, reason: 'expired' };
      return { ok: true, claims: parsed.data };
    },
  };
}

/** A per-process random key for local mode only: links simply stop working after a restart. */
export function ephemeralLinkSecret(): Buffer {
  return randomBytes(32);
}

import { createHmac, randomUUID } from 'node:crypto';

/**
 * The MESH API authorisation header (NHS England, "Message Exchange for Social Care and Health
 * API", section "MESH Authorization header"):
 *
 *   NHSMESH <mailbox_id>:<nonce>:<nonce_count>:<timestamp>:<hash>
 *
 * where timestamp is yyyyMMddHHmm, and hash is the hex HMAC-SHA256, keyed with the environment
 * shared secret, of "mailbox_id:nonce:nonce_count:mailbox_password:timestamp". Each token is
 * valid for one request only, so a fresh nonce is made every time.
 */
export const MESH_AUTH_SCHEME = 'NHSMESH ';

/** yyyyMMddHHmm in UTC. */
export function meshTimestamp(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getUTCFullYear()}${p(at.getUTCMonth() + 1)}${p(at.getUTCDate())}${p(at.getUTCHours())}${p(at.getUTCMinutes())}`;
}

export interface MeshCredentials {
  mailbox: string;
  password: string;
  sharedSecret: string;
}

export function meshAuthHeader(creds: MeshCredentials, at: Date, nonce: string = randomUUID(), nonceCount = 0): string {
  const mailbox = creds.mailbox.toUpperCase();
  const timestamp = meshTimestamp(at);
  const hash = createHmac('sha256', creds.sharedSecret).update(`${mailbox}:${nonce}:${nonceCount}:${creds.password}:${timestamp}`).digest('hex');
  return `${MESH_AUTH_SCHEME}${mailbox}:${nonce}:${nonceCount}:${timestamp}:${hash}`;
}

import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importJWK, SignJWT, type JWK } from 'jose';

/**
 * Bot Framework-shaped tokens for the authentication tests: one "trusted" signing key (published
 * to the bot through trusted-keys-preload.mjs) and one attacker key that nobody trusts.
 */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface TokenKeys {
  trustedKid: string;
  jwksFile: string;
  trusted: JWK;
  attacker: JWK;
}

function rsaJwk(): { publicJwk: JWK; privateJwk: JWK } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { publicJwk: publicKey.export({ format: 'jwk' }) as JWK, privateJwk: privateKey.export({ format: 'jwk' }) as JWK };
}

export async function makeTokenKeys(dir: string): Promise<TokenKeys> {
  const trusted = rsaJwk();
  const attacker = rsaJwk();
  const trustedKid = `trusted-${randomUUID()}`;
  const jwksFile = join(dir, 'trusted-jwks.json');
  // Endorsed for msteams, as Microsoft's keys are: the SDK checks the activity's channel against this.
  writeFileSync(jwksFile, JSON.stringify({ keys: [{ ...trusted.publicJwk, kid: trustedKid, use: 'sig', endorsements: ['msteams'] }] }));
  return { trustedKid, jwksFile, trusted: trusted.privateJwk, attacker: attacker.privateJwk };
}

export interface TokenClaims {
  appId: string;
  serviceUrl: string;
  issuer?: string;
  audience?: string;
  /** Seconds relative to now. */
  expiresIn?: number;
  notBeforeIn?: number;
  /** Leave out `exp` entirely (issue 19: a token that never expires must be refused). */
  omitExp?: boolean;
}

export async function signToken(key: JWK, kid: string, claims: TokenClaims, alg = 'RS256'): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ serviceurl: claims.serviceUrl })
    .setProtectedHeader({ alg, kid, typ: 'JWT' })
    .setIssuer(claims.issuer ?? CHANNEL_ISSUER)
    .setAudience(claims.audience ?? claims.appId)
    .setIssuedAt(now + (claims.notBeforeIn ?? -60))
    .setNotBefore(now + (claims.notBeforeIn ?? -60));
  return (claims.omitExp ? jwt : jwt.setExpirationTime(now + (claims.expiresIn ?? 3600))).sign(await importJWK(key, alg));
}

/** Unsigned and HMAC tokens are classic forgeries: built by hand, no key import needed. */
export function unsignedToken(claims: Record<string, unknown>, header: Record<string, unknown> = { alg: 'none', typ: 'JWT' }): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64(header)}.${b64(claims)}.`;
}

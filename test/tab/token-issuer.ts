import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

/**
 * A stand-in for the tenant's Entra key endpoint: a real RSA key pair, its public key served as
 * a JWKS over HTTP on localhost, and tokens signed with the private key. The server under test
 * validates them exactly as it would Microsoft's (no mocks).
 */
export const TENANT = '11111111-2222-3333-4444-555555555555';
export const CLIENT_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
/** The manifest's webApplicationInfo.resource for a tab served from localhost. */
export const APP_ID_URI = `api://localhost/${CLIENT_ID}`;
export const ISSUER = `https://login.microsoftonline.com/${TENANT}/v2.0`;

export interface TokenOptions {
  roles?: string[];
  issuer?: string;
  audience?: string;
  expiresInSeconds?: number;
  /** Sign with a key that is not in the JWKS (bad signature). */
  foreignKey?: boolean;
  name?: string;
  upn?: string;
  /** Leave out the `exp` claim (issue 19: such a token must be refused). */
  omitExp?: boolean;
  /** The user's Entra object id (default the manager's); the caseload is the owner's with this id. */
  oid?: string;
}

export class TokenIssuer {
  private server: Server | null = null;
  private key!: CryptoKey;
  private foreign!: CryptoKey;
  private jwk!: JWK;
  jwksUrl = '';

  async start(): Promise<void> {
    const pair = await generateKeyPair('RS256');
    this.key = pair.privateKey;
    this.foreign = (await generateKeyPair('RS256')).privateKey;
    this.jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-key-1', alg: 'RS256', use: 'sig' };
    this.server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [this.jwk] }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const addr = this.server.address();
    this.jwksUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/${TENANT}/discovery/v2.0/keys`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Environment for a bot process whose tab trusts this issuer. */
  env(): Record<string, string> {
    return { WMA_TAB_TENANT_ID: TENANT, WMA_TAB_CLIENT_ID: CLIENT_ID, WMA_TAB_JWKS_URL: this.jwksUrl, WMA_TAB_APP_ID_URI: APP_ID_URI };
  }

  async token(o: TokenOptions = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + (o.expiresInSeconds ?? 3600);
    const jwt = new SignJWT({
      tid: TENANT,
      oid: o.oid ?? '0f0f0f0f-0000-4000-8000-000000000001',
      name: o.name ?? 'Morgan Manager',
      preferred_username: o.upn ?? 'morgan.manager@example.nhs.uk',
      ...(o.roles ? { roles: o.roles } : {}),
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key-1', typ: 'JWT' })
      .setIssuer(o.issuer ?? ISSUER)
      .setAudience(o.audience ?? APP_ID_URI)
      .setSubject('subject-1')
      .setIssuedAt(Math.min(now, exp - 60))
      .setNotBefore(Math.min(now, exp - 60));
    return (o.omitExp ? jwt : jwt.setExpirationTime(exp)).sign(o.foreignKey ? this.foreign : this.key);
  }
}

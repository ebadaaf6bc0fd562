import { describe, expect, it } from 'vitest';
import { createExportLinkSigner } from '../../service/export-links';

const SECRET = 'an-export-link-secret-of-at-least-32-bytes';
const claims = { eid: 'exp-1', uid: 'lw-1', aid: 'asm-1', pid: 'plan-1', pv: 3, fmt: 'pdf' as const };
const T0 = new Date('2026-03-09T14:30:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe('export download links', () => {
  const signer = createExportLinkSigner({ secret: SECRET, ttlMs: 15 * 60_000 });

  it('verifies a fresh token and returns what it is bound to', () => {
    const { token, expiresAt } = signer.sign(claims, T0);
    expect(expiresAt).toBe('2026-03-09T14:45:00.000Z');
    expect(signer.verify(token, at(14))).toEqual({ ok: true, claims: { ...claims, iat: T0.toISOString(), exp: expiresAt } });
  });

  it('expires after the time to live', () => {
    const { token } = signer.sign(claims, T0);
    expect(signer.verify(token, at(15))).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a token whose claims were altered (other user, later expiry) as invalid, not expired', () => {
    const { token } = signer.sign(claims, T0);
    const [payload, sig] = token.split('.');
    const decoded = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    for (const change of [{ uid: 'someone-else' }, { exp: '2099-01-01T00:00:00.000Z' }, { aid: 'asm-2' }]) {
      const forged = `${Buffer.from(JSON.stringify({ ...decoded, ...change })).toString('base64url')}.${sig}`;
      expect(signer.verify(forged, at(1))).toEqual({ ok: false, reason: 'invalid' });
    }
    // An altered expiry past its real end is still "invalid" (signature is checked first).
    const late = `${Buffer.from(JSON.stringify({ ...decoded, exp: '2099-01-01T00:00:00.000Z' })).toString('base64url')}.${sig}`;
    expect(signer.verify(late, at(60))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a changed signature, another key, and malformed tokens', () => {
    const { token } = signer.sign(claims, T0);
    const flipped = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    expect(signer.verify(flipped, at(1))).toEqual({ ok: false, reason: 'invalid' });
    const other = createExportLinkSigner({ secret: `${SECRET}-other` });
    expect(other.verify(token, at(1))).toEqual({ ok: false, reason: 'invalid' });
    for (const bad of ['', 'abc', `${token}.x`, '../../etc/passwd', token.split('.')[0]!])
      expect(signer.verify(bad, at(1))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a weak secret at start-up', () => {
    expect(() => createExportLinkSigner({ secret: 'short' })).toThrow(/at least 32 bytes/);
  });
});

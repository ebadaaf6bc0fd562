import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DecryptionError, FieldCipher, KeyringError, keyIdIn, looksLikePatientRefHash } from '../../store/crypto';
import { keyring, newKey, SECRET_PHRASE } from './fixtures';

describe('FieldCipher', () => {
  const a = newKey();
  const cipher = new FieldCipher(keyring('a', { a }));

  it('round-trips text bound to its context, with a fresh IV each time', () => {
    const one = cipher.encrypt(SECRET_PHRASE, 'assessment:1');
    const two = cipher.encrypt(SECRET_PHRASE, 'assessment:1');
    expect(one).not.toBe(two);
    expect(one).toMatch(/^wma1:a:[\w-]{16}:[\w-]{22}:[\w-]+$/);
    expect(one).not.toContain(SECRET_PHRASE);
    expect(cipher.decrypt(one, 'assessment:1')).toBe(SECRET_PHRASE);
    expect(cipher.decryptJson(cipher.encryptJson({ x: [1, 'y'] }, 'c'), 'c')).toEqual({ x: [1, 'y'] });
    expect(cipher.keyIdOf(one)).toBe('a');
  });

  // The stored format is a contract with every row already written: pinned against plain
  // node:crypto with the raw key, as the format was first written (the cipher holds the key as a KeyObject since s22k).
  it('writes and reads exactly the documented wma1 format: AES-256-GCM, 12-byte IV, 16-byte tag, the context as AAD', () => {
    const raw = Buffer.from(a, 'base64');
    const context = 'entry:assessment-1:7';
    const [prefix, keyId, ivText, tagText, bodyText] = cipher.encrypt(SECRET_PHRASE, context).split(':') as [string, string, string, string, string];
    expect([prefix, keyId]).toEqual(['wma1', 'a']);
    const decipher = createDecipheriv('aes-256-gcm', raw, Buffer.from(ivText, 'base64url'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tagText, 'base64url'));
    expect(Buffer.concat([decipher.update(Buffer.from(bodyText, 'base64url')), decipher.final()]).toString('utf8')).toBe(SECRET_PHRASE);

    const iv = randomBytes(12);
    const sealer = createCipheriv('aes-256-gcm', raw, iv);
    sealer.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([sealer.update(SECRET_PHRASE, 'utf8'), sealer.final()]);
    const written = ['wma1', 'a', iv.toString('base64url'), sealer.getAuthTag().toString('base64url'), body.toString('base64url')].join(':');
    expect(cipher.decrypt(written, context)).toBe(SECRET_PHRASE);
    expect(() => cipher.decrypt(written, 'entry:assessment-1:8')).toThrow(DecryptionError);
  });

  it('fails clearly, without echoing the data, on the wrong context, key, format or a flipped bit', () => {
    const stored = cipher.encrypt(SECRET_PHRASE, 'assessment:1');
    expect(() => cipher.decrypt(stored, 'assessment:2')).toThrow(DecryptionError);
    expect(() => new FieldCipher(keyring('a', { a: newKey() })).decrypt(stored, 'assessment:1')).toThrow(/wrong key "a" or tampered data/);
    expect(() => new FieldCipher(keyring('b', { b: newKey() })).decrypt(stored, 'assessment:1')).toThrow(/key "a", which is not in the keyring/);
    expect(() => cipher.decrypt('{"plain":"json"}', 'assessment:1')).toThrow(/not in the expected encrypted format/);
    const parts = stored.split(':');
    const tag = Buffer.from(parts[3]!, 'base64url');
    tag[0] = tag[0]! ^ 1;
    parts[3] = tag.toString('base64url');
    try {
      cipher.decrypt(parts.join(':'), 'assessment:1');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DecryptionError);
      expect(String(error)).not.toContain(SECRET_PHRASE);
    }
  });

  it('reads values of every key in the ring but writes with the current one', () => {
    const b = newKey();
    const old = cipher.encrypt('x', 'c');
    const rotated = new FieldCipher(keyring('b', { a, b }));
    expect(rotated.decrypt(old, 'c')).toBe('x');
    expect(rotated.keyIdOf(rotated.encrypt('x', 'c'))).toBe('b');
  });

  it('refuses bad keyrings with the reason', () => {
    expect(() => new FieldCipher(keyring('a', { a: 'c2hvcnQ=' }))).toThrow(/must be 32 bytes/);
    expect(() => new FieldCipher(keyring('z', { a }))).toThrow(KeyringError);
    expect(() => new FieldCipher(keyring('bad:id', { 'bad:id': a }))).toThrow(/key id/);
  });
});

describe('keyIdIn', () => {
  /** What keyIdOf did before (issue 22, s22c): split the whole value and check its five parts. */
  const bySplit = (value: string) => {
    const parts = value.split(':');
    return parts.length === 5 && parts[0] === 'wma1' ? (parts[1] ?? null) : null;
  };

  it('tells the key id exactly as splitting the value into its five parts does', () => {
    const real = new FieldCipher(keyring('k-2', { 'k-2': newKey() })).encrypt(SECRET_PHRASE, 'c');
    const cases = [
      real,
      'wma1:a:iv:tag:body',
      'wma1::iv:tag:body',
      'wma1:a:iv:tag:',
      'wma1:a:iv:tag',
      'wma1:a:iv:tag:body:extra',
      'wma1:a',
      'wma1:',
      'wma1',
      'wma2:a:iv:tag:body',
      'xwma1:a:iv:tag:body',
      ':wma1:a:iv:tag',
      '',
      '::::',
      'wma1::::',
      '{"plain":"json"}',
    ];
    for (const value of cases) expect(keyIdIn(value), value).toBe(bySplit(value));
    expect(keyIdIn(real)).toBe('k-2');
  });

  it('answers null, not a TypeError, for what is not a string', () => {
    expect(keyIdIn(null as unknown as string)).toBeNull();
    expect(keyIdIn(42 as unknown as string)).toBeNull();
  });
});

describe('patient reference hash', () => {
  const cipher = new FieldCipher(keyring('a', { a: newKey() }));

  it('is the same however an NHS number or local reference is typed', () => {
    const hash = cipher.patientRefHash('9434765919');
    expect(looksLikePatientRefHash(hash)).toBe(true);
    expect(cipher.patientRefHash(' 943 476 5919 ')).toBe(hash);
    expect(cipher.patientRefHash('943-476-5919')).toBe(hash);
    expect(cipher.patientRefHash('sp-2041')).toBe(cipher.patientRefHash('SP-2041'));
    expect(cipher.patientRefHash('SP-2042')).not.toBe(cipher.patientRefHash('SP-2041'));
  });

  it('is keyed: another key gives another hash, and erasure can try every key in the ring', () => {
    const other = new FieldCipher(keyring('b', { b: newKey() }));
    expect(other.patientRefHash('9434765919')).not.toBe(cipher.patientRefHash('9434765919'));
    expect(looksLikePatientRefHash('9434765919')).toBe(false);
  });
});

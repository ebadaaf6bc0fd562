import { createCipheriv, createDecipheriv, createHmac, createSecretKey, hkdfSync, randomFillSync, type KeyObject } from 'node:crypto';

/**
 * Field encryption for data at rest (AES-256-GCM) and the keyed hash that lets erasure find a
 * patient's rows without decrypting everything. Shared by both store engines.
 *
 * Ciphertext format (one string, safe in a TEXT column):
 *   wma1:<keyId>:<iv base64url>:<tag base64url>:<ciphertext base64url>
 * The key id travels with every value, so rows written under an old key stay readable after
 * rotation for as long as that key remains in the keyring (store/README.md).
 */

/** `{ current: keyId, keys: { keyId: base64 of 32 bytes } }` — same shape as service/keys.ts Keyring. */
export interface EncryptionKeys {
  current: string;
  keys: Record<string, string>;
}

export class KeyringError extends Error {
  override name = 'KeyringError';
}

/** Thrown for a wrong/missing key or tampered data: never return garbage plaintext. */
export class DecryptionError extends Error {
  override name = 'DecryptionError';
}

const PREFIX = 'wma1';
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const IV_BYTES = 12;
/** IVs are cut from one buffer of CSPRNG output, refilled when used up: one system call per 512 values, not one each. */
const IV_POOL_BYTES = IV_BYTES * 512;
/** Patient references hashed lately (a turn hashes its patient's on every write); bounded. */
const HASH_MEMO_SIZE = 1024;

interface LoadedKey {
  id: string;
  /**
   * The AES key as a KeyObject, made once per key: createCipheriv/createDecipheriv then take its
   * native handle as it is, where a Buffer key is checked and read into a native key source on
   * every call, four times a turn. ~1 µs of a ~13 µs seal in a microbenchmark (issue 22, s22k).
   */
  encryption: KeyObject;
  /** Separate subkey so the hash never reuses the encryption key directly. */
  hashing: Buffer;
}

export class FieldCipher {
  private readonly keys = new Map<string, LoadedKey>();
  readonly currentKeyId: string;
  private readonly ivPool = Buffer.alloc(IV_POOL_BYTES);
  private ivOffset = IV_POOL_BYTES;
  /** patientRefHash results under the current key, by the reference as given. */
  private readonly hashes = new Map<string, string>();

  constructor(config: EncryptionKeys) {
    if (!config || typeof config !== 'object' || !config.keys) throw new KeyringError('Encryption keyring is missing');
    for (const [id, b64] of Object.entries(config.keys)) {
      if (!KEY_ID.test(id)) throw new KeyringError(`Encryption key id "${id}" must be 1-32 letters, digits, "_" or "-"`);
      const raw = Buffer.from(b64, 'base64');
      if (raw.length !== 32) throw new KeyringError(`Encryption key "${id}" must be 32 bytes, base64-encoded (got ${raw.length} bytes)`);
      const hashing = Buffer.from(hkdfSync('sha256', raw, Buffer.alloc(0), 'wma patient-ref-hash v1', 32));
      this.keys.set(id, { id, encryption: createSecretKey(raw), hashing });
    }
    if (!this.keys.has(config.current)) throw new KeyringError(`The current encryption key "${config.current}" is not in the keyring`);
    this.currentKeyId = config.current;
  }

  /**
   * `context` is bound as GCM additional data (e.g. "assessment:<id>"), so a ciphertext copied
   * into another row fails to decrypt instead of silently showing another patient's data.
   */
  encrypt(plaintext: string, context: string): string {
    const key = this.current();
    const iv = this.nextIv();
    const cipher = createCipheriv('aes-256-gcm', key.encryption, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = joined(cipher.update(plaintext, 'utf8'), cipher.final());
    // The same five parts as before, joined without an array of them.
    return `${PREFIX}:${key.id}:${iv.toString('base64url')}:${cipher.getAuthTag().toString('base64url')}:${body.toString('base64url')}`;
  }

  /** Contexts name ids only (never patient text), so they are safe inside error messages. */
  decrypt(value: string, context: string): string {
    const parts = typeof value === 'string' ? value.split(':') : [];
    if (parts.length !== 5 || parts[0] !== PREFIX) throw new DecryptionError(`Stored value for ${context} is not in the expected encrypted format`);
    const [, keyId, ivText, tagText, bodyText] = parts as [string, string, string, string, string];
    const key = this.keys.get(keyId);
    if (!key)
      throw new DecryptionError(
        `Stored value for ${context} was encrypted with key "${keyId}", which is not in the keyring (was it removed before re-encryption finished?)`,
      );
    const iv = Buffer.from(ivText, 'base64url');
    const tag = Buffer.from(tagText, 'base64url');
    if (iv.length !== IV_BYTES || tag.length !== 16) throw new DecryptionError(`Stored value for ${context} is damaged (bad IV or tag length)`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key.encryption, iv);
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(tag);
      return joined(decipher.update(Buffer.from(bodyText, 'base64url')), decipher.final()).toString('utf8');
    } catch {
      throw new DecryptionError(`Stored value for ${context} failed authentication: wrong key "${keyId}" or tampered data`);
    }
  }

  encryptJson(value: unknown, context: string): string {
    return this.encrypt(JSON.stringify(value ?? null), context);
  }

  decryptJson<T>(value: string, context: string): T {
    return JSON.parse(this.decrypt(value, context)) as T;
  }

  /** Which key a stored value uses — lets re-encryption skip rows already on the current key. */
  keyIdOf(value: string): string | null {
    return keyIdIn(value);
  }

  /** Keyed hash with the current key: what new rows store in `patient_ref_hash`. */
  patientRefHash(ref: string): string {
    let hash = this.hashes.get(ref);
    if (hash === undefined) {
      hash = hmac(this.current().hashing, normalisePatientRef(ref));
      if (this.hashes.size >= HASH_MEMO_SIZE) this.hashes.clear();
      this.hashes.set(ref, hash);
    }
    return hash;
  }

  /** The hash under every key in the ring, so erasure also finds rows not yet re-encrypted. */
  patientRefHashesAllKeys(ref: string): string[] {
    const normal = normalisePatientRef(ref);
    return [...this.keys.values()].map((k) => hmac(k.hashing, normal));
  }

  /**
   * A fresh random 96-bit GCM IV. Each is a distinct slice of CSPRNG output, used once: the pool
   * is refilled before any byte would be handed out again. createCipheriv copies the IV, and the
   * ciphertext string carries its own copy, so the slice is never read after this call's encrypt.
   */
  private nextIv(): Buffer {
    if (this.ivOffset + IV_BYTES > IV_POOL_BYTES) {
      randomFillSync(this.ivPool);
      this.ivOffset = 0;
    }
    const iv = this.ivPool.subarray(this.ivOffset, this.ivOffset + IV_BYTES);
    this.ivOffset += IV_BYTES;
    return iv;
  }

  private current(): LoadedKey {
    const key = this.keys.get(this.currentKeyId);
    if (!key) throw new KeyringError('Current key missing');
    return key;
  }
}

/** A 64-character lowercase hex string: what `patient_ref_hash` holds. Patient refs are never this shape. */
export function looksLikePatientRefHash(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}

/**
 * NHS numbers may be typed with spaces or hyphens; local references are matched case-blind, so
 * "sp-2041" and "SP-2041" are erased together.
 */
export function normalisePatientRef(ref: string): string {
  const trimmed = ref.trim();
  if (/^[\d\s-]+$/.test(trimmed)) return trimmed.replace(/[\s-]/g, '');
  return trimmed.toUpperCase();
}

/**
 * The key id of a value in the ciphertext format (`wma1:<keyId>:<iv>:<tag>:<body>`, exactly five
 * parts), or null — what `value.split(':')` told, without cutting the whole value into parts: a turn
 * asks this of its conversation's stored ciphertext on every commit, and the split was ~1 % of an
 * in-process turn's CPU (issue 22, s22c).
 */
export function keyIdIn(value: string): string | null {
  if (typeof value !== 'string' || !value.startsWith(`${PREFIX}:`)) return null;
  const keyEnd = value.indexOf(':', PREFIX.length + 1);
  if (keyEnd < 0) return null;
  // Exactly four separators in all: two more after the key id's, and none after the fourth.
  const ivEnd = value.indexOf(':', keyEnd + 1);
  const tagEnd = ivEnd < 0 ? -1 : value.indexOf(':', ivEnd + 1);
  if (tagEnd < 0 || value.indexOf(':', tagEnd + 1) >= 0) return null;
  return value.slice(PREFIX.length + 1, keyEnd);
}

/** GCM's final() returns no bytes (it is a stream cipher), so the body is used as it is instead of copied by Buffer.concat. */
function joined(body: Buffer, tail: Buffer): Buffer {
  return tail.length === 0 ? body : Buffer.concat([body, tail]);
}

function hmac(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text, 'utf8').digest('hex');
}

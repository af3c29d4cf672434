import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/**
 * scrypt's cost parameters, stored beside each hash so they can be raised later without locking anyone
 * out: a password is always checked with the parameters it was hashed with.
 */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/**
 * N=2^15, r=8, p=1: 32 MiB and ≈100–200 ms per sign-in on an office PC (measured ≈190 ms on the shared
 * 2-core build box; `npm run bench -- auth`), slow enough that a stolen database file does not give up its
 * passwords cheaply, fast enough that nobody waits for a sign-in.
 */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };

const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** The most memory (128·N·r bytes) a stored parameter set may ask for: a tampered row must not exhaust the machine. */
const MAX_SCRYPT_BYTES = 256 * 2 ** 20;

/** A password as the users table stores it. */
export interface PasswordHash {
  /** base64 of the derived key. */
  hash: string;
  /** base64 of the per-user random salt. */
  salt: string;
  /** JSON of the ScryptParams, e.g. {"N":32768,"r":8,"p":1}. */
  params: string;
}

/** Hashes a new password with a fresh salt. */
export function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): PasswordHash {
  const salt = randomBytes(SALT_BYTES);
  const key = derive(password, salt, params);
  return { hash: key.toString('base64'), salt: salt.toString('base64'), params: JSON.stringify(params) };
}

/** True when `password` is the one `stored` was made from; compares in constant time. */
export function verifyPassword(password: string, stored: PasswordHash): boolean {
  const params = parseParams(stored.params);
  const expected = Buffer.from(stored.hash, 'base64');
  if (!params || expected.length !== KEY_BYTES) return false;
  const key = derive(password, Buffer.from(stored.salt, 'base64'), params);
  return timingSafeEqual(key, expected);
}

/**
 * A hash no password matches (its key is random), checked for unknown usernames so that a sign-in of a
 * name that does not exist takes as long as one that does: the time must not tell which names exist.
 */
export function dummyHash(params: ScryptParams = DEFAULT_SCRYPT): PasswordHash {
  return {
    hash: randomBytes(KEY_BYTES).toString('base64'),
    salt: randomBytes(SALT_BYTES).toString('base64'),
    params: JSON.stringify(params),
  };
}

function derive(password: string, salt: Buffer, { N, r, p }: ScryptParams): Buffer {
  // maxmem: Node's default (32 MiB) is just below what N=2^15, r=8 needs (128·N·r bytes plus overhead).
  return scryptSync(password.normalize('NFC'), salt, KEY_BYTES, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
}

function parseParams(text: string): ScryptParams | null {
  try {
    const v = JSON.parse(text) as Partial<ScryptParams>;
    const ok = (n: unknown, max: number): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= max;
    if (!ok(v.N, 2 ** 24) || !ok(v.r, 32) || !ok(v.p, 4) || (v.N & (v.N - 1)) !== 0) return null;
    if (128 * v.N * v.r > MAX_SCRYPT_BYTES) return null;
    return { N: v.N, r: v.r, p: v.p };
  } catch {
    return null;
  }
}

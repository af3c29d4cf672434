import { isIPv4 } from 'node:net';

/** Failures before a lock, and how long the lock lasts (issue 12 item 1). */
export const MAX_FAILURES = 5;
export const LOCK_MS = 5 * 60_000;
/** Failures older than this are forgotten, so a typo a day never adds up to a lock. */
const FAILURE_WINDOW_MS = 15 * 60_000;
/** Bounds the memory an attacker can fill with made-up usernames or addresses. */
const MAX_ENTRIES = 10_000;

interface Entry {
  failures: number;
  firstAt: number;
  lockedUntil: number;
}

/**
 * Sign-in lockout, per account and per client address, kept in the core's memory rather than the database:
 * a failed sign-in then writes nothing (an attacker cannot grow the journal or the audit of writes by
 * guessing), and locks last minutes, so losing them on a restart (which needs the office machine) costs
 * nothing. Keys are 'user:<lowercased name>' and 'address:<ip>' (none for loopback: see addressKey).
 */
export class Lockout {
  private readonly entries = new Map<string, Entry>();

  /** The time (ms) until which `key` is locked, or null. */
  lockedUntil(key: string, now: number): number | null {
    const e = this.entries.get(key);
    return e && e.lockedUntil > now ? e.lockedUntil : null;
  }

  /** Counts one failure; the fifth within the window locks the key for LOCK_MS. */
  fail(key: string, now: number): void {
    let e = this.entries.get(key);
    if (!e || now - e.firstAt > FAILURE_WINDOW_MS || (e.lockedUntil !== 0 && e.lockedUntil <= now)) {
      e = { failures: 0, firstAt: now, lockedUntil: 0 };
    }
    e.failures += 1;
    if (e.failures >= MAX_FAILURES) e.lockedUntil = now + LOCK_MS;
    this.entries.delete(key); // re-inserted last: the Map's order is then oldest activity first
    this.entries.set(key, e);
    if (this.entries.size > MAX_ENTRIES) this.forgetOldest(now);
  }

  /** A successful sign-in clears its account's failures (not its address's: one right guess must not reset a sweep). */
  clear(key: string): void {
    this.entries.delete(key);
  }

  private forgetOldest(now: number): void {
    for (const [key, e] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES) return;
      if (e.lockedUntil <= now) this.entries.delete(key);
    }
  }
}

export const userKey = (username: string) => `user:${username.trim().toLowerCase()}`;

/**
 * The key of a client address, or null when the address cannot tell clients apart: every client on the
 * server's own machine (browser tabs, scripts, a proxy put in front of it) comes from loopback, so counting
 * it would let one of them lock all the others out of every account. Their failures still count against
 * each account tried (userKey), which is what stops guessing one account's password.
 */
export function addressKey(address: string): string | null {
  return isLoopbackAddress(address) ? null : `address:${address}`;
}

/** 127.0.0.0/8 and ::1, also as an IPv4-mapped IPv6 address (::ffff:127.0.0.1). */
function isLoopbackAddress(address: string): boolean {
  const v4 = address.toLowerCase().replace(/^::ffff:/, '');
  return address === '::1' || (isIPv4(v4) && v4.startsWith('127.'));
}

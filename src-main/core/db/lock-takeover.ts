import { createHash } from 'node:crypto';
import { closeSync, fstatSync, linkSync, openSync, readdirSync, readSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A lock file as found: its raw content and an identity no other lock file will ever have. */
export interface SeenLock {
  text: string;
  /** Inode and content hash, read through one descriptor so they belong to the same file. */
  identity: string;
}

/** How many abandoned claims on one stale lock are stepped over before giving up. */
const MAX_CLAIMS = 50;

/** The lock file as it is now, or null when there is none. */
export function inspectLock(lockPath: string): SeenLock | null {
  let fd: number;
  try {
    fd = openSync(lockPath, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    const ino = fstatSync(fd, { bigint: true }).ino.toString();
    const buf = Buffer.alloc(4096);
    const length = readSync(fd, buf, 0, buf.length, 0);
    const text = buf.subarray(0, length).toString('utf8');
    return { text, identity: `${ino}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}` };
  } finally {
    closeSync(fd);
  }
}

export type TakeOver = 'removed' | 'gone' | 'busy';

/**
 * Removes the stale lock `seen`, but only if this process alone claims it. Deleting a stale lock after
 * reading it is a race: two starters both read it, one deletes it and links its own, the other then
 * deletes that fresh lock. So the right to delete one particular stale lock is taken first, by linking
 * `ownerFile` (this process's complete lock content) to a claim named after that lock's identity: link
 * refuses an existing name on every file system with hard links, Windows' NTFS included, and no rename
 * or delete of an open file is needed. A claim whose maker is dead is stepped over (claim n+1), so a
 * starter killed mid-way blocks nobody. Returns 'busy' when a live process holds the claim.
 */
export function removeStaleLock(lockPath: string, seen: SeenLock, ownerFile: string, claimerAlive: (claim: string) => boolean): TakeOver {
  for (let n = 0; n < MAX_CLAIMS; n++) {
    const claim = claimPath(lockPath, seen.identity, n);
    try {
      linkSync(ownerFile, claim);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (claimerAlive(claim)) return 'busy';
      continue;
    }
    // Ours alone: no other process may delete this lock now, so reading and deleting is no longer a race.
    const now = inspectLock(lockPath);
    const same = now?.identity === seen.identity;
    if (same) rmSync(lockPath, { force: true });
    removeClaimsOn(lockPath, seen.identity);
    return same ? 'removed' : 'gone';
  }
  return 'busy';
}

/** `<db>.lock.takeover-<identity>-<n>`: the n-th claim on removing one stale lock. */
function claimPath(lockPath: string, identity: string, n: number): string {
  return `${lockPath}.takeover-${identity}-${n}`;
}

/** Once a stale lock is gone its claims mean nothing: a late claimer finds the lock changed and stops. */
function removeClaimsOn(lockPath: string, identity: string): void {
  const prefix = `${basename(lockPath)}.takeover-${identity}-`;
  for (const name of readdirSync(dirname(lockPath))) {
    if (name.startsWith(prefix)) rmSync(join(dirname(lockPath), name), { force: true });
  }
}

/**
 * Claims left by starters killed during a take-over, removed once this process holds the lock (every
 * claim then names a lock that no longer exists). A live claimer's claim is left to it.
 */
export function removeDeadClaims(lockPath: string, claimerAlive: (claim: string) => boolean): void {
  const prefix = `${basename(lockPath)}.takeover-`;
  for (const name of readdirSync(dirname(lockPath))) {
    const file = join(dirname(lockPath), name);
    if (name.startsWith(prefix) && !claimerAlive(file)) rmSync(file, { force: true });
  }
}

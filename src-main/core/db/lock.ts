import { randomUUID } from 'node:crypto';
import { linkSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { writeFileDurably } from './atomic-write';
import { inspectLock, removeDeadClaims, removeStaleLock } from './lock-takeover';
import { StoreOpenError } from './store-open-error';

/** Who holds a database (the lock file's content). */
export interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/** How long a starter waits for another one that is removing the same stale lock. */
const TAKEOVER_ATTEMPTS = 100;
const TAKEOVER_PAUSE_MS = 5;

export function lockPathFor(dbPath: string): string {
  return `${dbPath}.lock`;
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readLockOwner(path: string): LockOwner | null {
  try {
    return parseLockOwner(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function parseLockOwner(text: string): LockOwner | null {
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string')
      return { pid: parsed.pid, host: parsed.host, since: String(parsed.since ?? '') };
  } catch {
    // unreadable: see isStale
  }
  return null;
}

/**
 * True when the lock can be taken over: same machine and its process is gone, or a lock with no
 * readable owner. The lock is only ever created by linking a complete, fsync'd file into place, so no
 * running starter shows an empty or unreadable lock: that is what a power cut leaves (a name whose
 * content never reached the disk), and its owner cannot be running. Waiting would only shut the next
 * start out for nothing.
 */
function isStale(owner: LockOwner | null): boolean {
  if (!owner) return true;
  return owner.host === hostname() && owner.pid !== process.pid && !processAlive(owner.pid);
}

/** Whether the maker of a take-over claim may still be at work (another machine's: assume so). */
function claimerMayRun(claim: string): boolean {
  const owner = readLockOwner(claim);
  return owner !== null && (owner.host !== hostname() || owner.pid === process.pid || processAlive(owner.pid));
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
function refusal(dbPath: string, lockPath: string, owner: LockOwner | null): StoreOpenError {
  const who = owner ? `chương trình số ${owner.pid} trên máy "${owner.host}", từ ${owner.since}` : 'một chương trình khác';
  return new StoreOpenError(
    'locked',
    dbPath,
    `Không mở được cơ sở dữ liệu "${dbPath}": tệp đang được ${who} sử dụng. Chỉ một chương trình được ghi vào một cơ sở dữ liệu tại một thời điểm. ` +
      `Hãy đóng chương trình đó rồi thử lại; nếu chắc chắn không còn chương trình nào mở tệp, hãy xoá tệp khoá "${lockPath}".`,
  );
}

/**
 * Takes the single-writer lock: a file beside the database naming the process, the machine and the time.
 * sql.js has no file locking of its own. The lock appears whole or not at all: its content is written
 * and fsync'd to a file of this process first and then hard-linked into place (link refuses an existing
 * name), so neither a kill nor a power cut leaves an empty lock. A stale lock is removed only under a
 * claim (lock-takeover.ts), so two starters can never both take it over. Returns the release function.
 */
export function acquireLock(dbPath: string, now: Date): () => void {
  const lockPath = lockPathFor(dbPath);
  const owner: LockOwner = { pid: process.pid, host: hostname(), since: now.toISOString() };
  removeDeadDrafts(lockPath);
  const draft = draftPathFor(lockPath, process.pid);
  // The token makes every lock's content, hence its identity, unique (lock-takeover.ts).
  writeFileDurably(draft, Buffer.from(JSON.stringify({ ...owner, token: randomUUID() })));
  try {
    for (let attempt = 0; attempt < TAKEOVER_ATTEMPTS; attempt++) {
      if (linkIfAbsent(draft, lockPath)) {
        removeDeadClaims(lockPath, claimerMayRun);
        return () => releaseLock(lockPath, owner);
      }
      const seen = inspectLock(lockPath);
      if (!seen) continue;
      const holder = parseLockOwner(seen.text);
      if (!isStale(holder)) throw refusal(dbPath, lockPath, holder);
      if (removeStaleLock(lockPath, seen, draft, claimerMayRun) === 'busy') sleepSync(TAKEOVER_PAUSE_MS);
    }
    throw refusal(dbPath, lockPath, readLockOwner(lockPath));
  } finally {
    rmSync(draft, { force: true });
  }
}

function linkIfAbsent(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return false;
  }
}

/** Only a lock that is still ours is removed. */
function releaseLock(lockPath: string, owner: LockOwner): void {
  const current = readLockOwner(lockPath);
  if (current && current.pid === owner.pid && current.host === owner.host) rmSync(lockPath, { force: true });
}

/** The lock's content before it is linked into place: `<db>.lock.<pid>.draft`. */
function draftPathFor(lockPath: string, pid: number): string {
  return `${lockPath}.${pid}.draft`;
}

/** Drafts left by processes of this machine killed between writing and linking them. */
function removeDeadDrafts(lockPath: string): void {
  const prefix = `${basename(lockPath)}.`;
  for (const name of readdirSync(dirname(lockPath))) {
    const pid = name.startsWith(prefix) && name.endsWith('.draft') ? Number(name.slice(prefix.length, -'.draft'.length)) : NaN;
    if (Number.isInteger(pid) && pid !== process.pid && !processAlive(pid)) rmSync(join(dirname(lockPath), name), { force: true });
  }
}

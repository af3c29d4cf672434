import { linkSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { StoreOpenError } from './store-open-error';

/** Who holds a database (the lock file's content). */
export interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/** A lock file written moments ago may still be empty; only an older unreadable one is abandoned. */
const UNREADABLE_LOCK_GRACE_MS = 10_000;

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
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string')
      return { pid: parsed.pid, host: parsed.host, since: String(parsed.since ?? '') };
  } catch {
    // unreadable: decided by age below
  }
  return null;
}

/** True when the lock can be taken over: same machine and its process is gone, or an old unreadable file. */
function isStale(path: string, owner: LockOwner | null, now: Date): boolean {
  if (!owner) {
    try {
      return now.getTime() - statSync(path).mtimeMs > UNREADABLE_LOCK_GRACE_MS;
    } catch {
      return true;
    }
  }
  return owner.host === hostname() && owner.pid !== process.pid && !processAlive(owner.pid);
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
 * sql.js has no file locking of its own. The lock appears whole or not at all: its content is written to
 * a file of this process first and then hard-linked into place (link refuses an existing name), so a
 * writer killed mid-way never leaves an empty lock that would shut out the next start. Returns the
 * release function.
 */
export function acquireLock(dbPath: string, now: Date): () => void {
  const lockPath = lockPathFor(dbPath);
  const owner: LockOwner = { pid: process.pid, host: hostname(), since: now.toISOString() };
  removeDeadDrafts(lockPath);
  const draft = draftPathFor(lockPath, process.pid);
  writeFileSync(draft, JSON.stringify(owner));
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(draft, lockPath);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const holder = readLockOwner(lockPath);
        if (!isStale(lockPath, holder, now)) throw refusal(dbPath, lockPath, holder);
        rmSync(lockPath, { force: true });
        continue;
      }
      return () => {
        // Only remove a lock that is still ours.
        const current = readLockOwner(lockPath);
        if (current && current.pid === process.pid && current.host === owner.host) rmSync(lockPath, { force: true });
      };
    }
    throw refusal(dbPath, lockPath, readLockOwner(lockPath));
  } finally {
    rmSync(draft, { force: true });
  }
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

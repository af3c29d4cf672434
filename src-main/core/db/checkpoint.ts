import { open } from 'node:fs/promises';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { atomicWriteFile, fsyncDir, renameWithRetry } from './atomic-write';
import { packWrites, writePatchedCopyInWorker, type PackedWrites } from './checkpoint-worker';
import type { Engine } from './engine';
import { writeGeneration } from './generation';
import type { JournalSet } from './journal-set';
import { replaceKeepingOld } from './checkpoint-files';
import type { WriteTracker } from './write-tracker';

/**
 * The whole database as bytes, stamped with checkpoint `generation`. The generation goes into the
 * database first, so a crash after the file is replaced but before the journal is reset leaves a
 * journal the next open recognises as already applied. With a tracker, the bytes are a view of the
 * in-memory file itself (write them out before anything else writes): export() would copy the whole
 * database once more at the moment memory is fullest (hundreds of MB after a bulk import).
 */
export function snapshotForCheckpoint(engine: Engine, generation: number, tracker: WriteTracker | null = null): Uint8Array {
  writeGeneration(engine, generation);
  const view = tracker?.fileBytes(databaseBytes(engine));
  if (view) return view;
  const bytes = engine.export();
  ensureForeignKeys(engine);
  return bytes;
}

/** What a synchronous checkpoint works on. */
export interface SyncCheckpoint {
  engine: Engine;
  tracker: WriteTracker | null;
  dbPath: string;
  journals: JournalSet;
  generation: number;
}

/**
 * A synchronous checkpoint: the whole database becomes the file and the journal starts over; `tracker`
 * then follows the writes from that file (or, should the checkpoint fail, knows it lost its base).
 */
export function writeCheckpoint(job: SyncCheckpoint): void {
  const { engine, tracker, dbPath, journals, generation } = job;
  try {
    // Synchronous: nothing writes to the database until the file is written.
    atomicWriteFile(dbPath, snapshotForCheckpoint(engine, generation, tracker));
    journals.resetAll(generation);
  } catch (err) {
    tracker?.forget();
    throw err;
  }
  tracker?.take();
}

/**
 * What a background checkpoint writes: the bytes changed since the file on disk, or the whole database,
 * either as a copy or already `staged` in the temporary file (written, not yet made durable).
 */
export type CheckpointSnapshot =
  { kind: 'changes'; writes: PackedWrites; size: number } | { kind: 'whole'; bytes: Uint8Array } | { kind: 'staged'; temp: string };

/** The temporary file a background checkpoint of `dbPath` writes before renaming it in. */
export function backgroundTempPath(dbPath: string): string {
  return `${dbPath}.tmp-${process.pid}-bg`;
}

/**
 * The database at this instant, stamped with `generation`: only what changed since the last checkpoint
 * when `tracker` knows it (no export, so the core does not stop for a copy of the whole database), the
 * whole database otherwise. Either way the tracker starts afresh from this instant. A whole database is
 * written at once to `stageTo` from the in-memory file when there is one, rather than copied: after a
 * bulk import (the usual reason the tracker gave up) the copy was hundreds of MB on top of the peak, and
 * handing the bytes to the kernel costs the core's thread no more time than copying them. Its fsync, the
 * slow part, is left to the background write.
 */
export function takeSnapshot(engine: Engine, tracker: WriteTracker | null, generation: number, stageTo?: string): CheckpointSnapshot {
  writeGeneration(engine, generation);
  const writes = tracker?.take() ?? null;
  if (writes) return { kind: 'changes', writes: packWrites(writes), size: databaseBytes(engine) };
  const view = stageTo ? tracker?.fileBytes(databaseBytes(engine)) : null;
  if (view && stageTo) {
    writeUnsynced(stageTo, view);
    return { kind: 'staged', temp: stageTo };
  }
  const bytes = engine.export();
  ensureForeignKeys(engine);
  return { kind: 'whole', bytes };
}

function writeUnsynced(path: string, bytes: Uint8Array): void {
  try {
    const fd = openSync(path, 'w');
    try {
      for (let off = 0; off < bytes.length;) off += writeSync(fd, bytes, off, bytes.length - off);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    rmSync(path, { force: true });
    throw err;
  }
}

/** The size SQLite gives its file after a commit. */
export function databaseBytes(engine: Engine): number {
  const count = engine.get<{ page_count: number }>('PRAGMA page_count')?.page_count ?? 0;
  const size = engine.get<{ page_size: number }>('PRAGMA page_size')?.page_size ?? 0;
  return count * size;
}

/**
 * Writes a snapshot to a temporary file without blocking the event loop (changes: on a worker thread,
 * over a copy of the current file; whole: through async I/O), then — only if `stillWanted()` (no later
 * checkpoint overtook it) — renames it over the database and makes that durable. Returns false when it
 * was overtaken.
 */
export async function writeSnapshotInBackground(
  dbPath: string,
  snapshot: CheckpointSnapshot,
  stillWanted: () => boolean,
): Promise<boolean> {
  const temp = snapshot.kind === 'staged' ? snapshot.temp : backgroundTempPath(dbPath);
  try {
    if (snapshot.kind === 'changes') await writePatchedCopyInWorker({ base: dbPath, temp, size: snapshot.size, writes: snapshot.writes });
    else if (snapshot.kind === 'whole') await writeFileAsync(temp, snapshot.bytes);
    else await syncFileAsync(temp);
    // From the check to the rename nothing else runs: both are synchronous on the core's thread.
    if (!stillWanted()) {
      rmSync(temp, { force: true });
      return false;
    }
    replaceKeepingOld(temp, dbPath, renameWithRetry);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
  fsyncDir(dirname(dbPath));
  return true;
}

async function syncFileAsync(path: string): Promise<void> {
  const file = await open(path, 'r+');
  try {
    await file.sync();
  } finally {
    await file.close();
  }
}

async function writeFileAsync(path: string, bytes: Uint8Array): Promise<void> {
  const file = await open(path, 'w');
  try {
    let off = 0;
    while (off < bytes.length) off += (await file.write(bytes, off, bytes.length - off)).bytesWritten;
    await file.sync();
  } finally {
    await file.close();
  }
}

/**
 * The whole database, between transactions, for a file written out at once (a backup): the in-memory
 * file itself when the tracker found it, else a copy from export(). Write it before anything else writes.
 */
export function wholeDatabase(engine: Engine, tracker: WriteTracker | null): Uint8Array {
  const view = tracker?.fileBytes(databaseBytes(engine));
  if (view) return view;
  const bytes = engine.export();
  ensureForeignKeys(engine);
  return bytes;
}

/**
 * sql.js before 1.16 reopened the database inside export(), silently turning foreign keys off; 1.16 keeps
 * them, and this guards the invariant should that ever regress.
 */
export function ensureForeignKeys(engine: Engine): void {
  const row = engine.get<{ foreign_keys: number }>('PRAGMA foreign_keys');
  if (row?.foreign_keys !== 1) engine.db.run('PRAGMA foreign_keys = ON');
}

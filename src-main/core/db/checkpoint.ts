import { open } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { atomicWriteFile, fsyncDir, renameWithRetry } from './atomic-write';
import type { Engine } from './engine';
import { writeGeneration } from './generation';
import type { JournalSet } from './journal-set';

/**
 * The whole database as bytes, stamped with checkpoint `generation`. The generation goes into the
 * database first, so a crash after the file is replaced but before the journal is reset leaves a
 * journal the next open recognises as already applied.
 */
export function snapshotForCheckpoint(engine: Engine, generation: number): Uint8Array {
  writeGeneration(engine, generation);
  const bytes = engine.db.export();
  ensureForeignKeys(engine);
  return bytes;
}

/** A synchronous checkpoint: the whole database becomes the file and the journal starts over. */
export function writeCheckpoint(engine: Engine, dbPath: string, journals: JournalSet, generation: number): void {
  atomicWriteFile(dbPath, snapshotForCheckpoint(engine, generation));
  journals.resetAll(generation);
}

/**
 * Writes a checkpoint's bytes to a temporary file without blocking the event loop (hundreds of MB at a
 * million records), then — only if `stillWanted()` (no later checkpoint overtook it) — renames it over
 * the database and makes that durable. Returns false when it was overtaken.
 */
export async function writeCheckpointFileInBackground(dbPath: string, bytes: Uint8Array, stillWanted: () => boolean): Promise<boolean> {
  const temp = `${dbPath}.tmp-${process.pid}-bg`;
  try {
    const file = await open(temp, 'w');
    try {
      let off = 0;
      while (off < bytes.length) off += (await file.write(bytes, off, bytes.length - off)).bytesWritten;
      await file.sync();
    } finally {
      await file.close();
    }
    // From the check to the rename nothing else runs: both are synchronous on the main thread.
    if (!stillWanted()) {
      rmSync(temp, { force: true });
      return false;
    }
    renameWithRetry(temp, dbPath);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
  fsyncDir(dirname(dbPath));
  return true;
}

/**
 * sql.js before 1.16 reopened the database inside export(), silently turning foreign keys off; 1.16 keeps
 * them, and this guards the invariant should that ever regress.
 */
export function ensureForeignKeys(engine: Engine): void {
  const row = engine.get<{ foreign_keys: number }>('PRAGMA foreign_keys');
  if (row?.foreign_keys !== 1) engine.db.run('PRAGMA foreign_keys = ON');
}

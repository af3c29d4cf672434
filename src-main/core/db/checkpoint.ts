import { atomicWriteFile } from './atomic-write';
import type { Engine } from './engine';
import { writeGeneration } from './generation';
import type { JournalWriter } from './journal-writer';

/**
 * A checkpoint: the whole database becomes the file and the journal starts over. The new generation
 * goes into the database first, so a crash after the rename but before the journal reset leaves a
 * journal the next open recognises as already applied.
 */
export function writeCheckpoint(engine: Engine, dbPath: string, journal: JournalWriter, generation: number): void {
  writeGeneration(engine, generation);
  const bytes = engine.db.export();
  ensureForeignKeys(engine);
  atomicWriteFile(dbPath, bytes);
  journal.reset(generation);
}

/**
 * sql.js before 1.16 reopened the database inside export(), silently turning foreign keys off; 1.16 keeps
 * them, and this guards the invariant should that ever regress.
 */
export function ensureForeignKeys(engine: Engine): void {
  const row = engine.get<{ foreign_keys: number }>('PRAGMA foreign_keys');
  if (row?.foreign_keys !== 1) engine.db.run('PRAGMA foreign_keys = ON');
}

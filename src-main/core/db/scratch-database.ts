import type { Database, SqlJsStatic } from 'sql.js';
import { trackWrites } from './write-tracker';

/** A database built in memory to be written out whole (an exchange package), then closed. */
export interface ScratchDatabase {
  db: Database;
  /**
   * The database's file as it is now, between transactions: a view of sql.js's in-memory file where
   * that can be reached (use it before the next write), else a copy made by export().
   */
  fileBytes(): Uint8Array;
  close(): void;
}

/**
 * A new in-memory database whose file grows in place and is read without export()'s copy (see
 * write-tracker.ts, memfs-growth.ts): a 100k-record package is 27 MB before compression, and growing it
 * by copies, then exporting it, held it three or four times over at the peak of an export.
 */
export function scratchDatabase(SQL: SqlJsStatic): ScratchDatabase {
  const db = new SQL.Database();
  // Not `known`: the watcher keeps no copies of the writes, it only finds the file and grows it.
  const watch = trackWrites(SQL, db, false);
  const size = () => pragma(db, 'page_count') * pragma(db, 'page_size');
  return {
    db,
    fileBytes: () => watch?.fileBytes(size()) ?? db.export(),
    close: () => {
      watch?.stop();
      db.close();
    },
  };
}

function pragma(db: Database, name: 'page_count' | 'page_size'): number {
  return Number(db.exec(`PRAGMA ${name}`)[0]?.values[0]?.[0] ?? 0);
}

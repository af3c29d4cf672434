import { existsSync, readFileSync } from 'node:fs';
import type { SqlJsStatic } from 'sql.js';
import { Engine } from './engine';
import { loadCheckedEngine } from './file-check';
import { readGeneration } from './generation';
import { readJournal, type JournalContents } from './journal-read';
import { openRefusal } from './store-open-error';

/** The database as found on disk, loaded and brought up to date with its journal; nothing written yet. */
export interface LoadedDatabase {
  engine: Engine;
  /** Generation of the checkpoint file. */
  generation: number;
  journal: JournalContents;
  /** The journal belongs to an older checkpoint already in the file: to be reset, not replayed. */
  journalStale: boolean;
  /** False when the file did not exist (a new database is being created). */
  existed: boolean;
}

export interface LoadOptions {
  SQL: SqlJsStatic;
  dbPath: string;
  journalPath: string;
  latestVersion: number;
  newestBackup: string | null;
  /** 'quick_check' on every open (fast at a million rows); the CLI `check` runs the full integrity_check. */
  pragma: 'integrity_check' | 'quick_check';
}

/**
 * Reads the database file and its journal and replays the journal in memory. Refuses (StoreOpenError)
 * anything damaged before a single byte is written, so a refused file stays exactly as it was.
 */
export function loadDatabase(opts: LoadOptions): LoadedDatabase {
  const { dbPath, newestBackup } = opts;
  const journal = readJournal(opts.journalPath);
  if (!existsSync(dbPath)) {
    if (journal.transactions.length > 0) throw openRefusal('journal-without-db', dbPath, newestBackup);
    return { engine: new Engine(new opts.SQL.Database()), generation: 0, journal, journalStale: true, existed: false };
  }
  const loaded = loadCheckedEngine(opts.SQL, readFileSync(dbPath), opts.latestVersion, opts.pragma);
  if (loaded.problem) throw openRefusal(loaded.problem.reason, dbPath, newestBackup, loaded.problem.detail);
  const engine = loaded.engine;
  try {
    if (journal.corrupt) throw openRefusal('journal-corrupt', dbPath, newestBackup, `sau ${journal.transactions.length} giao dịch hợp lệ`);
    const generation = readGeneration(engine);
    const stale = journal.generation === null || journal.generation < generation;
    if (!stale && journal.generation !== generation) {
      throw openRefusal('journal-mismatch', dbPath, newestBackup, `nhật ký thế hệ ${journal.generation}, tệp thế hệ ${generation}`);
    }
    if (!stale) replayJournal(engine, journal, dbPath, newestBackup);
    return { engine, generation, journal, journalStale: stale, existed: true };
  } catch (err) {
    engine.db.close();
    throw err;
  }
}

/** Re-runs every journaled transaction, each in its own SQLite transaction, as it was first committed. */
export function replayJournal(engine: Engine, journal: JournalContents, dbPath: string, newestBackup: string | null): void {
  journal.transactions.forEach((statements, index) => {
    engine.db.run('BEGIN');
    try {
      for (const [sql, params] of statements) engine.exec(sql, params);
      engine.db.run('COMMIT');
    } catch (err) {
      engine.db.run('ROLLBACK');
      throw openRefusal('journal-replay', dbPath, newestBackup, `giao dịch thứ ${index + 1}: ${(err as Error).message.slice(0, 120)}`);
    }
  });
}

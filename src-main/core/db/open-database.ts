import { existsSync, readFileSync } from 'node:fs';
import type { SqlJsStatic } from 'sql.js';
import { Engine } from './engine';
import { loadCheckedEngine, type OwnIdentity } from './file-check';
import { markDatabase, newDatabaseId } from './file-identity';
import { readGeneration } from './generation';
import { readJournal, type JournalContents } from './journal-read';
import { openRefusal } from './store-open-error';
import { trackWrites, type WriteTracker } from './write-tracker';

/** The database as found on disk, loaded and brought up to date with its journals; nothing written yet. */
export interface LoadedDatabase {
  engine: Engine;
  /** Generation of the checkpoint file. */
  generation: number;
  /**
   * Generation of the newest journal replayed (the file's when none was): the store continues from it, so
   * that its next checkpoint is newer than every journal on disk. Folding two journals into a file stamped
   * only one past the file's own generation would make the `next` journal look current after a crash
   * before the journals are reset, and replaying it again would fail on its own rows.
   */
  journalGeneration: number;
  /** The main journal as read. */
  journal: JournalContents;
  /** Journals replayed, in order (the main one, then `next` after a crash mid-checkpoint). */
  replayed: JournalContents[];
  /** The main journal belongs to an older checkpoint already in the file: to be reset, not replayed. */
  journalStale: boolean;
  /** A `next` journal exists (a crash during a background checkpoint): fold everything at once. */
  nextExists: boolean;
  /** False when the file did not exist (a new database is being created). */
  existed: boolean;
  /** The database's id, which every journal header of this database names. */
  databaseId: string;
  /**
   * The id was written in memory just now (a new file, or one made by an earlier version): a checkpoint
   * must make it durable, and rewrite any journal of the earlier format, before a write is journaled.
   */
  marked: boolean;
  /** The writes made since the file was read (the journals' replay included), when asked for and possible. */
  tracker: WriteTracker | null;
}

export interface LoadOptions {
  SQL: SqlJsStatic;
  dbPath: string;
  journalPath: string;
  nextJournalPath: string;
  latestVersion: number;
  newestBackup: string | null;
  /** 'quick_check' on every open (fast at a million rows); the CLI `check` runs the full integrity_check. */
  pragma: 'integrity_check' | 'quick_check';
  /** Track the writes to the loaded file from the start, so the first background checkpoint copies only those. */
  trackWrites?: boolean;
}

/**
 * Reads the database file and its journals and replays them in memory. Refuses (StoreOpenError)
 * anything damaged before a single byte is written, so a refused file stays exactly as it was.
 */
export function loadDatabase(opts: LoadOptions): LoadedDatabase {
  const { dbPath, newestBackup } = opts;
  const journal = readJournal(opts.journalPath);
  const nextExists = existsSync(opts.nextJournalPath);
  const next = nextExists ? readJournal(opts.nextJournalPath) : null;
  if (existsSync(dbPath)) return loadExisting(opts, journal, next);
  if (journal.transactions.length > 0 || (next?.transactions.length ?? 0) > 0)
    throw openRefusal('journal-without-db', dbPath, newestBackup);
  const engine = new Engine(new opts.SQL.Database());
  const tracker = opts.trackWrites ? trackWrites(opts.SQL, engine.db, false) : null;
  const databaseId = newDatabaseId();
  markDatabase(engine, databaseId);
  return {
    engine,
    generation: 0,
    journalGeneration: 0,
    journal,
    replayed: [],
    journalStale: true,
    nextExists,
    existed: false,
    databaseId,
    marked: true,
    tracker,
  };
}

function loadExisting(opts: LoadOptions, journal: JournalContents, next: JournalContents | null): LoadedDatabase {
  const { dbPath, newestBackup } = opts;
  const loaded = loadCheckedEngine(opts.SQL, readFileSync(dbPath), opts.latestVersion, opts.pragma);
  if (loaded.problem) throw openRefusal(loaded.problem.reason, dbPath, newestBackup, loaded.problem.detail);
  const engine = loaded.engine;
  // Started before the replay: the in-memory file is still byte for byte the file on disk.
  const tracker = opts.trackWrites ? trackWrites(opts.SQL, engine.db, true) : null;
  try {
    const generation = readGeneration(engine);
    checkJournalOwners(loaded.identity, generation, [journal, next], dbPath, newestBackup);
    const replayed = journalsToReplay(generation, [journal, next], dbPath, newestBackup);
    for (const j of replayed) replayJournal(engine, j, dbPath, newestBackup);
    const journalGeneration = Math.max(generation, ...replayed.map((j) => j.generation ?? generation));
    const marked = loaded.identity.kind === 'legacy';
    const databaseId = loaded.identity.kind === 'ours' ? loaded.identity.databaseId : newDatabaseId();
    if (marked) markDatabase(engine, databaseId);
    const journalStale = !replayed.includes(journal);
    return {
      engine,
      generation,
      journalGeneration,
      journal,
      replayed,
      journalStale,
      nextExists: next !== null,
      existed: true,
      databaseId,
      marked,
      tracker,
    };
  } catch (err) {
    tracker?.stop();
    engine.close();
    throw err;
  }
}

/**
 * Refuses a journal that names another database. A file made by an earlier version has no id yet and
 * its journals are in the earlier format: those replay once. After the file is marked, the only journal
 * of the earlier format that can still be beside it is one the marking checkpoint already holds (a crash
 * between its rename and the journal reset), of an older generation; any other is not this file's.
 */
function checkJournalOwners(
  identity: OwnIdentity,
  generation: number,
  journals: (JournalContents | null)[],
  dbPath: string,
  newestBackup: string | null,
): void {
  const ownId = identity.kind === 'ours' ? identity.databaseId : null;
  for (const j of journals) {
    if (!j || j.generation === null) continue;
    const foreign = j.legacyFormat ? ownId !== null && j.generation >= generation : j.databaseId !== ownId;
    if (!foreign) continue;
    const named = j.legacyFormat ? 'nhật ký kiểu cũ, không mang mã cơ sở dữ liệu' : `nhật ký của cơ sở dữ liệu ${j.databaseId}`;
    throw openRefusal('journal-foreign', dbPath, newestBackup, `${named}; tệp có mã ${ownId ?? '(chưa có)'}`);
  }
}

/**
 * The journals that extend a file of `generation`: those of that generation and the one after it, in
 * order. Older ones are already in the file; a gap or a newer one means the file was swapped for an
 * older copy behind the app's back.
 */
function journalsToReplay(
  generation: number,
  journals: (JournalContents | null)[],
  dbPath: string,
  newestBackup: string | null,
): JournalContents[] {
  // A journal whose very header is damaged cannot be placed: refuse rather than guess.
  if (journals.some((j) => j?.corrupt && j.generation === null))
    throw openRefusal('journal-corrupt', dbPath, newestBackup, 'phần đầu nhật ký bị hỏng');
  const current = journals.filter((j): j is JournalContents => j !== null && j.generation !== null && j.generation >= generation);
  current.sort((a, b) => (a.generation ?? 0) - (b.generation ?? 0));
  let expected = generation;
  for (const j of current) {
    if (j.generation !== expected && j.transactions.length > 0) {
      throw openRefusal('journal-mismatch', dbPath, newestBackup, `nhật ký thế hệ ${j.generation}, tệp thế hệ ${generation}`);
    }
    if (j.corrupt) throw openRefusal('journal-corrupt', dbPath, newestBackup, `sau ${j.transactions.length} giao dịch hợp lệ`);
    expected = (j.generation ?? expected) + 1;
  }
  return current;
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

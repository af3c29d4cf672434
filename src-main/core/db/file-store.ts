import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { newestRestorable, removeStagedLeftovers, type BackupPlace } from './backups';
import { backupStem } from './backup-names';
import { DurableStore } from './durable-store';
import { openFailure, refuseReadOnly } from './file-access';
import type { Engine } from './engine';
import { journalPathFor, nextJournalPathFor } from './journal-read';
import { JournalSet } from './journal-set';
import { keepTornTails } from './journal-torn-copy';
import { acquireLock } from './lock';
import { applyMigrations, latestVersion, pendingMigrations, schemaVersion, type Migration } from './migrations';
import { loadDatabase } from './open-database';
import { removeCheckpointLeftovers } from './checkpoint-files';
import { warmCheckpointWorker } from './checkpoint-worker';
import { loadSqlJs } from './sqljs';
import type { Store } from './types';

export interface FileStoreOptions {
  migrations: readonly Migration[];
  /** Where backups go; defaults to `<db folder>/backups`. */
  backupDir?: string;
  clock?: () => Date;
  /** Checkpoint when the journal passes this size (default 8 MB). */
  journalLimitBytes?: number;
  /** Checkpoint this long after the last write (default 30 s). */
  idleMs?: number;
}

const DEFAULT_JOURNAL_LIMIT = 8 * 1024 * 1024;
const DEFAULT_IDLE_MS = 30_000;

/** The backup folder of a database file. */
export function backupPlaceFor(dbPath: string, backupDir?: string): BackupPlace {
  return { dir: resolve(backupDir ?? join(dirname(dbPath), 'backups')), stem: backupStem(dbPath) };
}

/**
 * Opens (or creates) the office database file: takes the single-writer lock, refuses a damaged file
 * without touching it, replays the journal, backs up before migrating, and makes the day's first backup.
 * Throws StoreOpenError with a Vietnamese message naming the file and the newest backup; a read-only
 * file, or one the operating system refuses (no right to write, full disk…), is refused the same way.
 */
export async function openFileStore(path: string, opts: FileStoreOptions): Promise<Store> {
  const dbPath = resolve(path);
  try {
    refuseReadOnly(dbPath);
    return await openWritable(dbPath, opts);
  } catch (err) {
    throw openFailure(err, dbPath);
  }
}

async function openWritable(dbPath: string, opts: FileStoreOptions): Promise<Store> {
  const clock = opts.clock ?? (() => new Date());
  const SQL = await loadSqlJs();
  const place = backupPlaceFor(dbPath, opts.backupDir);
  mkdirSync(dirname(dbPath), { recursive: true });
  const release = acquireLock(dbPath, clock());
  let journals: JournalSet | null = null;
  try {
    const loaded = loadDatabase({
      SQL,
      dbPath,
      journalPath: journalPathFor(dbPath),
      nextJournalPath: nextJournalPathFor(dbPath),
      latestVersion: latestVersion(opts.migrations),
      newestBackup: newestRestorable(place)?.file ?? null,
      pragma: 'quick_check',
      trackWrites: true,
    });
    // From here on files may change: the database was found sound.
    removeStagedLeftovers(place);
    removeCheckpointLeftovers(dbPath);
    // Before any journal is cut or reset below: a torn tail's bytes go to a file beside the journal.
    const keptTornTails = keepTornTails(loaded.replayed, clock());
    journals = new JournalSet(journalPathFor(dbPath), nextJournalPathFor(dbPath), loaded.databaseId);
    // A file marked just now (made by an earlier version) is checkpointed at once: the id reaches the
    // file, and journals of the earlier format are rewritten, before any write is journaled.
    const foldNow = loaded.existed && (loaded.nextExists || loaded.marked);
    // With two journals, nothing is reset until the checkpoint holding both is durable (below).
    if (!foldNow && loaded.journalStale) journals.resetAll(loaded.generation);
    else if (!foldNow && loaded.journal.tornTail) journals.truncateTo(loaded.journal.goodBytes);
    const store = new DurableStore({
      SQL,
      engine: loaded.engine,
      tracker: loaded.tracker,
      dbPath,
      journals,
      generation: loaded.journalGeneration,
      databaseId: loaded.databaseId,
      keptTornTails,
      place,
      migrations: opts.migrations,
      clock,
      release,
      journalLimitBytes: opts.journalLimitBytes ?? DEFAULT_JOURNAL_LIMIT,
      idleMs: opts.idleMs ?? DEFAULT_IDLE_MS,
    });
    warmCheckpointWorker();
    // After a crash during a background checkpoint, both journals were replayed: fold them into the file now.
    if (foldNow) store.checkpoint();
    await migrate(store, loaded.engine, opts.migrations, loaded.existed);
    if (loaded.existed) store.startDailyBackup();
    return store;
  } catch (err) {
    journals?.close();
    release();
    throw err;
  }
}

/** Pending migrations: an existing file is backed up first; the result is checkpointed at once. */
async function migrate(store: DurableStore, engine: Engine, migrations: readonly Migration[], existed: boolean): Promise<void> {
  const pending = pendingMigrations(migrations, schemaVersion(engine));
  if (pending.length === 0 && existed) return;
  if (existed) await store.backup('migration');
  applyMigrations(engine, pending);
  store.checkpoint();
}

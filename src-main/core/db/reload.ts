import { newestRestorable } from './backups';
import type { DurableStoreParts } from './durable-store';
import type { Engine } from './engine';
import { latestVersion } from './migrations';
import { loadDatabase } from './open-database';
import type { WriteTracker } from './write-tracker';

/**
 * The database as last acknowledged, read again from what is on disk: the file of the last checkpoint and
 * the journals after it, replayed as at open. The store calls it when a bulk write failed after writing
 * without SQLite's rollback journal (engine.ts TransactionOptions): the in-memory database then holds half
 * a transaction, the disk none of it (the failed write's spilled statements were cut off the journal). A
 * background checkpoint under way may still replace the file with one holding the same data, so the tracker
 * starts without a base: the next checkpoint writes the file whole. Throws StoreOpenError as an open would.
 */
export function loadAcknowledged(parts: Pick<DurableStoreParts, 'SQL' | 'dbPath' | 'journals' | 'migrations' | 'place'>): {
  engine: Engine;
  tracker: WriteTracker | null;
} {
  const { SQL, dbPath, journals, migrations, place } = parts;
  const loaded = loadDatabase({
    SQL,
    dbPath,
    journalPath: journals.mainPath,
    nextJournalPath: journals.nextPath,
    latestVersion: latestVersion(migrations),
    newestBackup: newestRestorable(place)?.file ?? null,
    pragma: 'quick_check',
    trackWrites: true,
  });
  loaded.tracker?.forget();
  return { engine: loaded.engine, tracker: loaded.tracker };
}

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Engine } from './engine';
import { applyMigrations, pendingMigrations, schemaVersion, type Migration } from './migrations';
import { loadSqlJs } from './sqljs';
import type { Store } from './types';

export interface FileStoreOptions {
  migrations: readonly Migration[];
  /** Where backups go; defaults to `<db folder>/backups`. */
  backupDir?: string;
  clock?: () => Date;
}

/**
 * PLACEHOLDER until the journal lands (issue #2 §2): rewrites the whole file after each write.
 * Same interface as the durable store that replaces it.
 */
export async function openFileStore(path: string, opts: FileStoreOptions): Promise<Store> {
  const SQL = await loadSqlJs();
  const engine = new Engine(new SQL.Database(existsSync(path) ? readFileSync(path) : undefined));
  applyMigrations(engine, pendingMigrations(opts.migrations, schemaVersion(engine)));
  const save = () => writeFileSync(path, engine.db.export());
  save();
  let lastSavedAt: string | null = null;
  return {
    all: (sql, params) => engine.all(sql, params),
    get: (sql, params) => engine.get(sql, params),
    write: (fn) => {
      const result = engine.transaction(fn, () => undefined);
      save();
      lastSavedAt = new Date().toISOString();
      return result;
    },
    checkpoint: save,
    status: () => ({ path, schemaVersion: schemaVersion(engine), journalBytes: 0, lastSavedAt, lastBackup: null }),
    close: () => {
      save();
      engine.db.close();
    },
  };
}

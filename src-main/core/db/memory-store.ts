import { Engine } from './engine';
import { applyMigrations, pendingMigrations, schemaVersion, type Migration } from './migrations';
import { loadSqlJs } from './sqljs';
import { BackupError } from './store-errors';
import type { Store } from './types';

function noBackups(): Promise<never> {
  return Promise.reject(new BackupError('Cơ sở dữ liệu tạm trong bộ nhớ không có bản sao lưu (chỉ dùng cho kiểm thử).'));
}

/** An in-memory store with all migrations applied: for tests and benchmarks; nothing touches disk. */
export async function openMemoryStore(migrations: readonly Migration[]): Promise<Store> {
  const SQL = await loadSqlJs();
  const engine = new Engine(new SQL.Database());
  applyMigrations(engine, pendingMigrations(migrations, 0));
  let lastSavedAt: string | null = null;
  return {
    all: (sql, params) => engine.all(sql, params),
    get: (sql, params) => engine.get(sql, params),
    write: (fn) => {
      const result = engine.transaction(fn, () => {
        lastSavedAt = new Date().toISOString();
      });
      // No checkpoints here to size the page cache as the database grows: each write does.
      engine.fitPageCache();
      return result;
    },
    checkpoint: () => undefined,
    status: () => ({ path: null, schemaVersion: schemaVersion(engine), journalBytes: 0, lastSavedAt, lastBackup: null }),
    backup: noBackups,
    listBackups: () => [],
    restore: noBackups,
    settled: () => Promise.resolve(),
    onConnection: (setup) => setup(engine, null),
    close: () => engine.close(),
  };
}

/**
 * Helpers of the db-durability bench (not a suite: run.ts skips *.fixture.ts): a records table shaped
 * like the app's (uuid-like id, unit, dates, text, timestamps), built fast straight through sql.js.
 */
import type { Migration } from '../../src-main/core/db/migrations';
import { atomicWriteFile } from '../../src-main/core/db/atomic-write';
import { Engine } from '../../src-main/core/db/engine';
import { markDatabase, newDatabaseId } from '../../src-main/core/db/file-identity';
import { loadSqlJs } from '../../src-main/core/db/sqljs';
import type { SqlValue } from '../../src-main/core/db/types';

export const benchMigrations: Migration[] = [
  {
    version: 1,
    name: 'bench records',
    sql: `CREATE TABLE records (
            id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
            title_search TEXT NOT NULL, happened_on TEXT NOT NULL, amount INTEGER NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
          CREATE INDEX records_unit ON records (unit_id, happened_on);`,
  },
];

const TITLES = [
  'Tuyên truyền phòng chống ma túy',
  'Tin báo tội phạm',
  'Đăng ký khu dân cư an toàn',
  'Khen thưởng tập thể',
  'Mô hình tự quản',
];

/** The parameters of record number `i`: deterministic, so builds are repeatable. */
export function recordParams(i: number, prefix = 'r'): SqlValue[] {
  const title = `${TITLES[i % TITLES.length]} số ${i}`;
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (i % 12)).padStart(2, '0');
  const at = `2026-${month}-${day}T08:00:00.000Z`;
  return [
    `${prefix}-${String(i).padStart(8, '0')}-7d3e-4c1a-9f00`,
    `unit-${i % 1500}`,
    `k${i % 7}`,
    title,
    title.toLowerCase(),
    `2026-${month}-${day}`,
    i % 1000,
    at,
    at,
  ];
}

export const INSERT_RECORD = 'INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';

/**
 * Writes a database file of `count` records: one transaction of prepared inserts, one export. Marked as
 * the app's own file, as the store would mark it, since the store refuses any other SQLite file.
 */
export async function buildRecordsFile(path: string, count: number): Promise<void> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  db.exec(benchMigrations[0]?.sql ?? '');
  db.exec('PRAGMA user_version = 1');
  markDatabase(new Engine(db), newDatabaseId());
  const stmt = db.prepare(INSERT_RECORD);
  db.exec('BEGIN');
  for (let i = 0; i < count; i++) stmt.run(recordParams(i));
  db.exec('COMMIT');
  stmt.free();
  atomicWriteFile(path, db.export());
  db.close();
}

/** Percentile of a sample (nearest rank). */
export function percentile(sample: readonly number[], p: number): number {
  const sorted = [...sample].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

export function median(sample: readonly number[]): number {
  return percentile(sample, 50);
}

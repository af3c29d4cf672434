import { createHash } from 'node:crypto';
import type { Database } from 'sql.js';

/**
 * The tables of a package file (an SQLite database made with sql.js). `manifest` and `signature` describe
 * and sign it; the others are its data, which the manifest's `dataHash` covers: each data table read in a
 * fixed order, row by row, so a changed, added or removed row changes the hash.
 */
export const PACKAGE_SCHEMA = `
CREATE TABLE manifest (json TEXT NOT NULL);
CREATE TABLE signature (fingerprint TEXT NOT NULL, value TEXT NOT NULL);
CREATE TABLE units (id TEXT PRIMARY KEY, code TEXT, name TEXT NOT NULL, kind TEXT NOT NULL, parent_id TEXT);
CREATE TABLE catalogue_entries (id TEXT PRIMARY KEY, catalogue TEXT NOT NULL, code TEXT, name TEXT NOT NULL);
CREATE TABLE records (target TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (target, id));
CREATE TABLE held (target TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, PRIMARY KEY (target, id));
CREATE TABLE report (json TEXT NOT NULL);
`;

/** The data tables and the order their rows are hashed in. */
const HASHED: readonly { table: string; order: string }[] = [
  { table: 'units', order: 'id' },
  { table: 'catalogue_entries', order: 'id' },
  { table: 'records', order: 'target, id' },
  { table: 'held', order: 'target, id' },
  { table: 'report', order: 'json' },
];

/** SHA-256 (hex) of the package's data tables; throws when the file is not a readable package. */
export function hashPackageData(db: Database): string {
  const hash = createHash('sha256');
  for (const { table, order } of HASHED) {
    hash.update(`\u0000${table}\u0000`);
    const stmt = db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`);
    try {
      while (stmt.step()) hash.update(`${JSON.stringify(stmt.get())}\n`);
    } finally {
      stmt.free();
    }
  }
  return hash.digest('hex');
}

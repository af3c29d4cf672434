import { createHash } from 'node:crypto';
import type { Database } from 'sql.js';

/**
 * The tables of a package file (an SQLite database made with sql.js). `manifest` and `signature` describe
 * and sign it; the others are its data, which the manifest's `dataHash` covers: each data table read in
 * the order it was written (rowid), row by row, so a changed, added, removed or moved row changes the
 * hash. No indexes: a package is written once and read whole. A record's `data` is a JSON array of its
 * fields' values, in the order `fields` names them for its kind (a third of the size of keyed objects);
 * `held` lists the ids and versions of the sender's records that a package of changes does not carry
 * (a whole package carries all of them), so the receiver knows what was deleted.
 */
export const PACKAGE_SCHEMA = `
CREATE TABLE manifest (json TEXT NOT NULL);
CREATE TABLE signature (fingerprint TEXT NOT NULL, value TEXT NOT NULL);
CREATE TABLE units (id TEXT NOT NULL, code TEXT, name TEXT NOT NULL, kind TEXT NOT NULL, parent_id TEXT);
CREATE TABLE catalogue_entries (id TEXT NOT NULL, catalogue TEXT NOT NULL, code TEXT, name TEXT NOT NULL);
CREATE TABLE fields (target TEXT NOT NULL, keys TEXT NOT NULL);
CREATE TABLE records (target TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE held (target TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL);
CREATE TABLE report (json TEXT NOT NULL);
`;

/**
 * A package database's page cache: 1 MB. It is written once and read once, in order, so a larger cache
 * buys nothing, and every connection's cache lives in the one WASM heap, which never shrinks.
 */
export const PACKAGE_CACHE_PRAGMA = 'PRAGMA cache_size = -1024';

/** The data tables and the order their rows are hashed in. */
const HASHED: readonly string[] = ['units', 'catalogue_entries', 'fields', 'records', 'held', 'report'];

/** SHA-256 (hex) of the package's data tables; throws when the file is not a readable package. */
export function hashPackageData(db: Database): string {
  const hash = createHash('sha256');
  for (const table of HASHED) {
    hash.update(`\u0000${table}\u0000`);
    const stmt = db.prepare(`SELECT * FROM ${table} ORDER BY rowid`);
    try {
      while (stmt.step()) hash.update(`${JSON.stringify(stmt.get())}\n`);
    } finally {
      stmt.free();
    }
  }
  return hash.digest('hex');
}

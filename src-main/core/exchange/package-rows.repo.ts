import type { ReadDb, Row } from '../db/types';
import { scopeWhere } from './travel-kinds.repo';
import type { HeldRecord, PackageScope, TravelRecord } from './travel';

/** Where a travelling kind's rows are: its table, the columns a record reads, its time of last change. */
export interface PackageRows {
  table: string;
  columns: string;
  changedAt: string;
}

/** Rows per read: a package of 100k records is read in batches this size, not held whole. */
const BATCH = 2000;

function scopeOf(p: PackageRows, scope: PackageScope, since: string | null): { where: string; params: string[] } {
  if (since === null) return { where: scopeWhere(scope), params: [] };
  return { where: `${scopeWhere(scope)} AND ${p.changedAt} >= ?`, params: [since] };
}

/** How many rows a package of `scope` changed since `since` (null: all) carries. */
export function countPackageRows(db: ReadDb, p: PackageRows, scope: PackageScope, since: string | null): number {
  const { where, params } = scopeOf(p, scope, since);
  return db.get<{ n: number }>(`SELECT count(*) AS n FROM ${p.table} WHERE ${where}`, params)?.n ?? 0;
}

/**
 * The rows a package carries, in the order they were made (row number), read BATCH at a time along it:
 * an office's whole book (100k records and more) is never held as objects at once while its package is
 * written (issue 13: ~100 MB at the export's peak). `p.table` and `p.columns` are fixed SQL of the kinds.
 */
export function* readPackageRows(db: ReadDb, p: PackageRows, scope: PackageScope, since: string | null): Generator<Row> {
  const { where, params } = scopeOf(p, scope, since);
  const sql = `SELECT rowid AS "rowid:", ${p.columns} FROM ${p.table} WHERE ${where} AND rowid > ? ORDER BY rowid LIMIT ${BATCH}`;
  for (let after = 0; ;) {
    const rows = db.all(sql, [...params, after]);
    yield* rows;
    if (rows.length < BATCH) return;
    after = Number(rows[rows.length - 1]!['rowid:']);
  }
}

/** A row read with a kind's columns (id, version, createdAt, updatedAt, origin, then `keys`) as a held record. */
export function heldFromRow(row: Row, keys: readonly string[]): HeldRecord {
  return {
    id: String(row['id']),
    version: Number(row['version']),
    createdAt: String(row['createdAt']),
    updatedAt: String(row['updatedAt']),
    origin: row['origin'] === null || row['origin'] === undefined ? null : String(row['origin']),
    data: Object.fromEntries(keys.map((k) => [k, row[k] ?? null])),
  };
}

/** A held record as it travels: without the office that holds it. */
export function travelling({ origin: _origin, ...rec }: HeldRecord): TravelRecord {
  return rec;
}

import { z } from 'zod';
import type { AnyKind } from '../../contract/records/define-kind';
import type { ReadDb, SqlValue, WriteTx } from '../db/types';
import { foldForSearch } from '../text/fold';
import { sortKey } from '../text/sort-key';

/**
 * SQL ↔ objects for any record kind, derived from its declaration: the SELECT of its output, INSERT,
 * UPDATE, DELETE, find and "id taken". Every write keeps the stored `<column>_sort` keys and the search
 * text (a folded column, or the FTS row with the unit's folded name) in step with the record, in the
 * same transaction; a unit rename reaches an FTS row through a trigger of the kind's migration.
 */

/** A record's stored fields by key, as the handlers pass them. */
export type StoredFields = Readonly<Record<string, unknown>>;

/** The output columns: the fields, the unit's name and code, the derived names, the version, the audit times. */
export function selectSql(kind: AnyKind): string {
  const a = kind.alias;
  const fields = Object.entries(kind.fields).map(([key, f]) => `${a}.${f.column} AS ${key}`);
  const derived = Object.entries(kind.derived ?? {}).map(([key, d]) => `${d.sql} AS ${key}`);
  return [
    `${a}.id AS id`,
    ...fields,
    'u.name AS unitName',
    'u.code AS unitCode',
    ...derived,
    `${a}.version AS version`,
    `${a}.created_at AS createdAt`,
    `${a}.updated_at AS updatedAt`,
  ].join(', ');
}

/** The SQL column of the record's unit. */
export function unitColumn(kind: AnyKind): string {
  return `${kind.alias}.${kind.fields[kind.unit.field]?.column ?? 'unit_id'}`;
}

/** SQL gives booleans as 0/1: a derived boolean field becomes true/false here. */
export function fromRow(kind: AnyKind, row: Record<string, unknown>): Record<string, unknown> {
  const out = { ...row };
  for (const [key, d] of Object.entries(kind.derived ?? {})) if (d.out instanceof z.ZodBoolean) out[key] = Boolean(row[key]);
  return out;
}

export function findRecord(db: ReadDb, kind: AnyKind, id: string): Record<string, unknown> | undefined {
  const a = kind.alias;
  const row = db.get<Record<string, unknown>>(
    `SELECT ${selectSql(kind)} FROM ${kind.table} ${a} JOIN units u ON u.id = ${unitColumn(kind)} ${kind.joins ?? ''} WHERE ${a}.id = ?`,
    [id],
  );
  return row ? fromRow(kind, row) : undefined;
}

export function recordIdTaken(db: ReadDb, kind: AnyKind, id: string): boolean {
  return db.get(`SELECT 1 AS x FROM ${kind.table} WHERE id = ?`, [id]) !== undefined;
}

/** What a write needs of a kind's fields, made once per kind: a bulk write asks for it per record. */
interface WriteShape {
  /** Each field's key, its column and whether it keeps a sort key. */
  fields: { key: string; column: string; sortKey: boolean }[];
  /** The keys of the searchable fields, in declaration order. */
  searched: string[];
}

const shapes = new WeakMap<AnyKind, WriteShape>();

function shapeOf(kind: AnyKind): WriteShape {
  let shape = shapes.get(kind);
  if (!shape) {
    const entries = Object.entries(kind.fields);
    shape = {
      fields: entries.map(([key, d]) => ({ key, column: d.column, sortKey: d.sort === 'key' })),
      searched: entries.filter(([, d]) => d.search).map(([key]) => key),
    };
    shapes.set(kind, shape);
  }
  return shape;
}

/** The searchable fields' values, in declaration order (missing text reads as ''). */
export function searchTexts(kind: AnyKind, f: StoredFields): string[] {
  return shapeOf(kind).searched.map((key) => String(f[key] ?? ''));
}

/** How a text becomes its stored sort key and folded search text; a bulk write passes memoised ones (kind-bulk.repo.ts). */
export interface TextKeys {
  /** `column` names where the text goes: a memo can tell a column of repeats from one of unique texts. */
  sort(text: string, column?: string): string;
  fold(text: string, column?: string): string;
}

const DIRECT_KEYS: TextKeys = { sort: sortKey, fold: foldForSearch };

/** The stored columns of a record's fields: each field, its sort key when it has one, the folded search text. */
export function writtenColumns(kind: AnyKind): string[] {
  const columns = Object.values(kind.fields).flatMap((d) => (d.sort === 'key' ? [d.column, `${d.column}_sort`] : [d.column]));
  return kind.search.index === 'like' ? [...columns, kind.search.column] : columns;
}

/** Appends the values of writtenColumns, in their order, to `out`. */
export function pushWrittenValues(kind: AnyKind, f: StoredFields, keys: TextKeys, out: SqlValue[]): void {
  for (const d of shapeOf(kind).fields) {
    // Field values passed the field's schema: text, numbers or null.
    const value = (f[d.key] ?? null) as SqlValue;
    out.push(value);
    if (d.sortKey) out.push(keys.sort(String(value ?? ''), d.column));
  }
  if (kind.search.index === 'like') out.push(keys.fold(searchTexts(kind, f).join(' '), kind.search.column));
}

/** The stored columns and their values: each field, its sort key when it has one, the folded search text. */
export function written(kind: AnyKind, f: StoredFields, keys: TextKeys = DIRECT_KEYS): { columns: string[]; values: SqlValue[] } {
  const values: SqlValue[] = [];
  pushWrittenValues(kind, f, keys, values);
  return { columns: writtenColumns(kind), values };
}

export function ftsColumns(kind: AnyKind): string[] {
  return Object.values(kind.fields).flatMap((d) => (d.search ? [d.column] : []));
}

/** What a record received from its owning office keeps from there (exchange packages). */
export interface OwnerMeta {
  origin: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * Inserts a record made now, or with `owner`, one received as its owner last wrote it: in the same one
 * statement, so a 100k-record package does not pay a second UPDATE per record.
 */
export function insertRecord(tx: WriteTx, kind: AnyKind, id: string, f: StoredFields, now: string, owner?: OwnerMeta): void {
  const { columns, values } = written(kind, f);
  columns.push('id', 'created_at', 'updated_at');
  values.push(id, owner?.createdAt ?? now, owner?.updatedAt ?? now);
  if (owner) {
    columns.push('origin_office_id', 'version');
    values.push(owner.origin, owner.version);
  }
  const marks = columns.map(() => '?').join(', ');
  tx.run(`INSERT INTO ${kind.table} (${columns.join(', ')}) VALUES (${marks})`, values);
  if (kind.search.index !== 'fts') return;
  const a = kind.alias;
  const cols = ftsColumns(kind);
  tx.run(
    `INSERT INTO ${kind.search.table} (docid, ${cols.join(', ')}, unit)
     SELECT ${a}.seq, ${cols.map(() => '?').join(', ')}, u.name_search
     FROM ${kind.table} ${a} JOIN units u ON u.id = ${unitColumn(kind)} WHERE ${a}.id = ?`,
    [...searchTexts(kind, f).map(foldForSearch), id],
  );
}

/** Rewrites the record's fields; every write is a new version (record-version.rules.ts). */
export function updateRecord(tx: WriteTx, kind: AnyKind, id: string, f: StoredFields, now: string): void {
  const { columns, values } = written(kind, f);
  const assigns = columns.map((c) => `${c} = ?`).join(', ');
  tx.run(`UPDATE ${kind.table} SET ${assigns}, version = version + 1, updated_at = ? WHERE id = ?`, [...values, now, id]);
  if (kind.search.index !== 'fts') return;
  const sets = ftsColumns(kind).map((c) => `${c} = ?`);
  tx.run(
    `UPDATE ${kind.search.table} SET ${sets.join(', ')}, unit = (SELECT name_search FROM units WHERE id = ?)
     WHERE docid = (SELECT seq FROM ${kind.table} WHERE id = ?)`,
    [...searchTexts(kind, f).map(foldForSearch), String(f[kind.unit.field]), id],
  );
}

/** Deletes the record and its search row. */
export function deleteRecord(tx: WriteTx, kind: AnyKind, id: string): void {
  if (kind.search.index === 'fts')
    tx.run(`DELETE FROM ${kind.search.table} WHERE docid = (SELECT seq FROM ${kind.table} WHERE id = ?)`, [id]);
  tx.run(`DELETE FROM ${kind.table} WHERE id = ?`, [id]);
}

import type { AnyKind } from '../../contract/records/define-kind';
import type { SqlValue, WriteTx } from '../db/types';
import { foldForSearch } from '../text/fold';
import { sortKey } from '../text/sort-key';
import { ftsColumns, pushWrittenValues, searchTexts, writtenColumns, type OwnerMeta, type StoredFields, type TextKeys } from './kind.repo';

/** A record to insert in bulk: its id, its fields and, for one received from its owner, what it keeps from there. */
export interface NewRecord {
  id: string;
  fields: StoredFields;
  owner?: OwnerMeta;
}

/**
 * Bound values per INSERT. Far below SQLite's 32,766 variables: past ~1,000 values a longer statement
 * saves nothing measurable, and each distinct length is one more prepared statement in the cache.
 */
const VALUES_PER_INSERT = 1000;

/** A memo of one column's keys, and how often it helped. */
interface ColumnMemo {
  keys: Map<string, string>;
  calls: number;
  hits: number;
  off: boolean;
}

/** Calls per column before a memo that rarely helps is dropped. */
const MEMO_TRIAL = 1000;

/**
 * Memoised sort keys and folds, per column: an import repeats the same presenters, notes and unit names
 * thousands of times. A column of unique texts (topics) only pays for hashing them (~0.4 s of a 100k
 * import): after a trial with few repeats, its texts are keyed directly.
 */
function memoKeys(): TextKeys {
  const memo = (fn: (text: string) => string) => {
    const columns = new Map<string, ColumnMemo>();
    return (text: string, column = '') => {
      let m = columns.get(column);
      if (!m) columns.set(column, (m = { keys: new Map(), calls: 0, hits: 0, off: false }));
      if (m.off) return fn(text);
      m.calls += 1;
      let key = m.keys.get(text);
      if (key !== undefined) {
        m.hits += 1;
        return key;
      }
      key = fn(text);
      if (m.calls >= MEMO_TRIAL && m.hits * 4 < m.calls) [m.off, m.keys] = [true, new Map()];
      else if (m.keys.size < 50_000) m.keys.set(text, key);
      return key;
    };
  };
  return { sort: memo(sortKey), fold: memo(foldForSearch) };
}

const marks = (n: number) => `(${Array.from({ length: n }, () => '?').join(', ')})`;

/** `INSERT INTO table (columns) VALUES (…), (…)` for n rows. */
function multiRowInsert(table: string, columns: readonly string[]): (n: number) => string {
  const row = marks(columns.length);
  const texts = new Map<number, string>();
  return (n) => {
    let sql = texts.get(n);
    if (sql === undefined) {
      sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array(n).fill(row).join(', ')}`;
      texts.set(n, sql);
    }
    return sql;
  };
}

/**
 * Inserts many new records of a kind, as insertRecord would one by one (same columns, sort keys, search
 * text, FTS rows), in a few multi-row statements: a 100k-record package or a 10k-row sheet pays one
 * statement per ~50 records instead of two per record (measured: ~50 µs a session record, against ~140).
 * Row numbers (`seq`) are given explicitly, the next after the table's last as SQLite would choose them,
 * so the FTS rows (keyed by them) go in the same way. Every record has an owner, or none has. The values
 * are made part by part, so a large batch never has all its statements' values in memory at once.
 * Answers the table's last row number before the batch: the batch's rows are those after it.
 * `onWritten` hears how many of the batch are in after each statement (an import's progress bar: a
 * 100k-record package is ~2,000 statements, so this costs nothing measurable).
 */
export function insertRecords(
  tx: WriteTx,
  kind: AnyKind,
  batch: readonly NewRecord[],
  now: string,
  onWritten: (written: number) => void = () => undefined,
): number {
  const last = tx.get<{ n: number | null }>(`SELECT max(seq) AS n FROM ${kind.table}`)?.n ?? 0;
  if (batch.length === 0) return last;
  const records = inDateOrder(kind, batch);
  const withOwner = records[0]?.owner !== undefined;
  const owned = withOwner ? ['origin_office_id', 'version'] : [];
  const columns = [...writtenColumns(kind), 'seq', 'id', 'created_at', 'updated_at', ...owned];
  const insert = multiRowInsert(kind.table, columns);
  const keys = memoKeys();
  const search = kind.search.index === 'fts' ? searchRows(tx, kind, kind.search.table, keys) : null;
  const per = Math.max(1, Math.floor(VALUES_PER_INSERT / columns.length));
  for (let i = 0; i < records.length; i += per) {
    const part = records.slice(i, i + per);
    const params: SqlValue[] = [];
    part.forEach((rec, j) => {
      if ((rec.owner !== undefined) !== withOwner) throw new Error('insertRecords: every record has an owner, or none has');
      pushWrittenValues(kind, rec.fields, keys, params);
      params.push(last + 1 + i + j, rec.id, rec.owner?.createdAt ?? now, rec.owner?.updatedAt ?? now);
      if (rec.owner) params.push(rec.owner.origin, rec.owner.version);
    });
    tx.run(insert(part.length), params);
    search?.(part, last + 1 + i);
    onWritten(i + part.length);
  }
  return last;
}

/** Ids per DELETE of a set-based removal (one JSON list bound, expanded by json_each). */
const IDS_PER_DELETE = 10_000;

/**
 * Deletes records of a kind by id, as deleteRecord would one by one (their FTS rows first, then the rows;
 * the tables' triggers and foreign keys act as for one), in two statements per 10,000 ids: the undo of a
 * 100k-record import. Ids not held are skipped. Answers how many rows were deleted.
 */
export function deleteRecords(tx: WriteTx, kind: AnyKind, ids: readonly string[]): number {
  let deleted = 0;
  for (let i = 0; i < ids.length; i += IDS_PER_DELETE) {
    const list = JSON.stringify(ids.slice(i, i + IDS_PER_DELETE));
    if (kind.search.index === 'fts')
      tx.run(
        `DELETE FROM ${kind.search.table} WHERE docid IN (SELECT seq FROM ${kind.table} WHERE id IN (SELECT value FROM json_each(?)))`,
        [list],
      );
    deleted += tx.run(`DELETE FROM ${kind.table} WHERE id IN (SELECT value FROM json_each(?))`, [list]).changes;
  }
  return deleted;
}

/**
 * The batch by the kind's date field (the day, month or year after the unit: `unit.sortThen`), ties in
 * their order. Most of a kind's indexes lead with that field: rows going in by date extend them at a few
 * places instead of all over, which kept 100k session inserts at ~55 µs each, not 60 rising to 110.
 */
function inDateOrder(kind: AnyKind, batch: readonly NewRecord[]): readonly NewRecord[] {
  const field = kind.unit.sortThen;
  // Each key made once (not twice per comparison); the index breaks ties, which keeps the order stable.
  const keyed = batch.map((r, i) => ({ r, i, key: String(r.fields[field] ?? '') }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
  return keyed.map((k) => k.r);
}

/** Writes the FTS rows of a part of the batch (docid = seq, from `first`), with each unit's folded name read once. */
function searchRows(tx: WriteTx, kind: AnyKind, ftsTable: string, keys: TextKeys): (part: readonly NewRecord[], first: number) => void {
  const unitNames = new Map<string, SqlValue>();
  const unitName = (id: string) => {
    if (!unitNames.has(id)) unitNames.set(id, tx.get<{ s: string }>('SELECT name_search AS s FROM units WHERE id = ?', [id])?.s ?? null);
    return unitNames.get(id) ?? null;
  };
  const columns = ftsColumns(kind);
  const insert = multiRowInsert(ftsTable, ['docid', ...columns, 'unit']);
  return (part, first) => {
    const params: SqlValue[] = [];
    part.forEach((rec, j) => {
      params.push(first + j);
      searchTexts(kind, rec.fields).forEach((text, k) => params.push(keys.fold(text, columns[k])));
      params.push(unitName(String(rec.fields[kind.unit.field])));
    });
    tx.run(insert(part.length), params);
  };
}

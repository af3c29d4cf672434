import type { AnyKind } from '../../contract/records/define-kind';
import type { SqlValue, WriteTx } from '../db/types';
import { foldForSearch } from '../text/fold';
import { sortKey } from '../text/sort-key';
import { ftsColumns, searchTexts, written, type OwnerMeta, type StoredFields, type TextKeys } from './kind.repo';

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

/** Memoised sort keys and folds: an import repeats the same presenters, notes and unit names thousands of times. */
function memoKeys(): TextKeys {
  const sorted = new Map<string, string>();
  const folded = new Map<string, string>();
  const memo = (cache: Map<string, string>, fn: (text: string) => string) => (text: string) => {
    let key = cache.get(text);
    if (key === undefined) {
      // Unique texts (topics) would only grow the map: it is emptied when large, which keeps the repeats.
      if (cache.size > 20_000) cache.clear();
      key = fn(text);
      cache.set(text, key);
    }
    return key;
  };
  return { sort: memo(sorted, sortKey), fold: memo(folded, foldForSearch) };
}

/** Runs `sql(rowsInPart)` with the rows' values, `perRow` values a row, as few statements as the cap allows. */
function insertInParts(tx: WriteTx, rows: readonly SqlValue[][], perRow: number, sql: (n: number) => string): void {
  const per = Math.max(1, Math.floor(VALUES_PER_INSERT / perRow));
  for (let i = 0; i < rows.length; i += per) {
    const part = rows.slice(i, i + per);
    tx.run(sql(part.length), part.flat());
  }
}

const marks = (n: number) => `(${Array.from({ length: n }, () => '?').join(', ')})`;

/**
 * Inserts many new records of a kind, as insertRecord would one by one (same columns, sort keys, search
 * text, FTS rows), in a few multi-row statements: a 100k-record package or a 10k-row sheet pays one
 * statement per ~50 records instead of two per record (measured: ~50 µs a session record, against ~140).
 * Row numbers (`seq`) are given explicitly, the next after the table's last as SQLite would choose them,
 * so the FTS rows (keyed by them) go in the same way. Every record has an owner, or none has.
 * Answers the table's last row number before the batch: the batch's rows are those after it.
 */
export function insertRecords(tx: WriteTx, kind: AnyKind, batch: readonly NewRecord[], now: string): number {
  const last = tx.get<{ n: number | null }>(`SELECT max(seq) AS n FROM ${kind.table}`)?.n ?? 0;
  if (batch.length === 0) return last;
  const records = inDateOrder(kind, batch);
  const keys = memoKeys();
  const withOwner = records[0]?.owner !== undefined;
  let columns: string[] = [];
  const rows = records.map((rec, i) => {
    if ((rec.owner !== undefined) !== withOwner) throw new Error('insertRecords: every record has an owner, or none has');
    const w = written(kind, rec.fields, keys);
    w.columns.push('seq', 'id', 'created_at', 'updated_at');
    w.values.push(last + 1 + i, rec.id, rec.owner?.createdAt ?? now, rec.owner?.updatedAt ?? now);
    if (rec.owner) {
      w.columns.push('origin_office_id', 'version');
      w.values.push(rec.owner.origin, rec.owner.version);
    }
    columns = w.columns;
    return w.values;
  });
  const row = marks(columns.length);
  insertInParts(
    tx,
    rows,
    columns.length,
    (n) => `INSERT INTO ${kind.table} (${columns.join(', ')}) VALUES ${Array(n).fill(row).join(', ')}`,
  );
  if (kind.search.index === 'fts') insertSearchRows(tx, kind, kind.search.table, records, last, keys);
  return last;
}

/**
 * The batch by the kind's date field (the day, month or year after the unit: `unit.sortThen`), ties in
 * their order. Most of a kind's indexes lead with that field: rows going in by date extend them at a few
 * places instead of all over, which kept 100k session inserts at ~55 µs each, not 60 rising to 110.
 */
function inDateOrder(kind: AnyKind, batch: readonly NewRecord[]): readonly NewRecord[] {
  const field = kind.unit.sortThen;
  const key = (r: NewRecord) => String(r.fields[field] ?? '');
  return [...batch].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The FTS rows of the batch (docid = seq), with each unit's folded name read once. */
function insertSearchRows(tx: WriteTx, kind: AnyKind, ftsTable: string, records: readonly NewRecord[], last: number, keys: TextKeys): void {
  const unitField = kind.unit.field;
  const unitNames = new Map<string, SqlValue>();
  const unitName = (id: string) => {
    if (!unitNames.has(id)) unitNames.set(id, tx.get<{ s: string }>('SELECT name_search AS s FROM units WHERE id = ?', [id])?.s ?? null);
    return unitNames.get(id) ?? null;
  };
  const rows = records.map((rec, i) => [
    last + 1 + i,
    ...searchTexts(kind, rec.fields).map((t) => keys.fold(t)),
    unitName(String(rec.fields[unitField])),
  ]);
  const cols = ['docid', ...ftsColumns(kind), 'unit'];
  const row = marks(cols.length);
  insertInParts(tx, rows, cols.length, (n) => `INSERT INTO ${ftsTable} (${cols.join(', ')}) VALUES ${Array(n).fill(row).join(', ')}`);
}

import type { Connection, ReadDb, SqlValue, WriteTx } from '../db/types';
import { Where } from '../db/where';
import { formatVnNumber } from '../../shared/vn-number';
import type { AuditFilter } from '../../contract/audit/audit.contract';

/** Who made a call, when, and which method: the part every row of the call shares. */
export interface AuditWho {
  at: string;
  userId: string | null;
  username: string;
  role: string | null;
  method: string;
}

/** What one row says happened. */
export interface AuditWhat {
  kind: string | null;
  recordId: string | null;
  action: 'create' | 'update' | 'delete' | 'event';
  /** JSON text: {"column": [before, after]}. */
  changes: string | null;
  note: string | null;
}

/** Rows per INSERT: 11 bound values each stays well under SQLite's 32,766 variables. */
const ROWS_PER_INSERT = 200;

/**
 * Appends rows to the trail through the call's transaction. The values are bound, not selected from the
 * capture table, so the journal holds them and a replay writes exactly these rows.
 */
export function appendEntries(tx: WriteTx, who: AuditWho, rows: readonly AuditWhat[]): void {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const part = rows.slice(i, i + ROWS_PER_INSERT);
    const params: SqlValue[] = [];
    for (const r of part)
      params.push(who.at, who.userId, who.username, who.role, who.method, r.kind, r.recordId, r.action, r.changes, r.note);
    tx.run(
      `INSERT INTO audit_log (at, user_id, username, role, method, kind, record_id, action, changes, note)
       VALUES ${part.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      params,
    );
  }
}

const quoteId = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The table's last row number (0 when empty): the rows a bulk section creates are those after it. */
export function lastRowid(db: ReadDb, table: string): number {
  return db.get<{ n: number | null }>(`SELECT max(rowid) AS n FROM ${quoteId(table)}`)?.n ?? 0;
}

/**
 * Logs a bulk section's creates (audit-trail.ts `bulkCreates`): the rows of `table` after `afterRowid`.
 * One 'create' entry for the section (its table, `note` and how many records, no field list: the records
 * hold their values, and their later edits are logged with before-values), and each record's id against
 * that entry in audit_bulk_creates, where a record's history finds it (`listEntries`). Selected from the
 * table, not from the capture table: the journal replays these statements on the same rows, so a replay
 * writes exactly these entries. `table` is a record table with an `id` column. Answers how many records.
 */
export function appendCreatedSince(tx: WriteTx, who: AuditWho, table: string, afterRowid: number, note: string): number {
  const created = tx.get<{ n: number }>(`SELECT count(*) AS n FROM ${quoteId(table)} WHERE rowid > ?`, [afterRowid])?.n ?? 0;
  if (created === 0) return 0;
  tx.run(
    `INSERT INTO audit_log (at, user_id, username, role, method, kind, record_id, action, changes, note)
     VALUES (?, ?, ?, ?, ?, ?, NULL, 'create', NULL, ?)`,
    [who.at, who.userId, who.username, who.role, who.method, table, bulkNote(note, created)],
  );
  const entryId = tx.get<{ id: number }>('SELECT max(id) AS id FROM audit_log')?.id;
  tx.run(`INSERT INTO audit_bulk_creates (record_id, entry_id) SELECT CAST(id AS TEXT), ? FROM ${quoteId(table)} WHERE rowid > ?`, [
    entryId ?? null,
    afterRowid,
  ]);
  return created;
}

/** "Nhận gói số 3 của … — 1.275 bản ghi": the section's note and its count. */
export function bulkNote(note: string, created: number): string {
  return `${note} — ${formatVnNumber(created)} bản ghi`;
}

/**
 * Appends the 'delete' rows of the rows of `table` among `ids` (a JSON list), with the values `diffSql`
 * (the table's delete diff over alias `t`, audit-capture.repo.ts) reads: what the delete triggers would
 * log, made in one statement before a bulk section deletes them (audit-trail.ts `bulkDeletes`). Selected
 * from the table, as appendCreatedSince: a replay of the journal runs it on the same rows.
 */
export function appendDeletedAmong(tx: WriteTx, who: AuditWho, table: string, ids: string, diffSql: string): number {
  return tx.run(
    `INSERT INTO audit_log (at, user_id, username, role, method, kind, record_id, action, changes, note)
     SELECT ?, ?, ?, ?, ?, ?, CAST(t.id AS TEXT), 'delete', ${diffSql}, NULL FROM ${quoteId(table)} AS t
     WHERE t.id IN (SELECT value FROM json_each(?)) ORDER BY t.rowid`,
    [who.at, who.userId, who.username, who.role, who.method, table, ids],
  ).changes;
}

/** One row as stored. */
export interface AuditRow {
  id: number;
  at: string;
  user_id: string | null;
  username: string;
  role: string | null;
  method: string;
  kind: string | null;
  record_id: string | null;
  action: 'create' | 'update' | 'delete' | 'event';
  changes: string | null;
  note: string | null;
}

/** Where a page starts and what it may show. */
export interface AuditPageQuery {
  filter: AuditFilter;
  limit: number;
  /** Only rows with a smaller id (the previous page's last). */
  before?: number;
  /** Leaves out sign-ins and account changes (shown to administrators only). */
  withoutAccounts: boolean;
}

/** A page of the trail, newest first, read along an index from the cursor (keyset: every page costs the same). */
export function listEntries(db: ReadDb, q: AuditPageQuery): AuditRow[] {
  const where = filterWhere(q.filter, q.withoutAccounts);
  if (q.before !== undefined) where.add('id < ?', q.before);
  // A record's history shows a bulk entry that created it as that record's (the entry itself names none).
  const record = q.filter.recordId;
  const recordColumn = record === undefined ? 'record_id' : 'coalesce(record_id, ?) AS record_id';
  return db.all<AuditRow>(
    `SELECT id, at, user_id, username, role, method, kind, ${recordColumn}, action, changes, note
     FROM audit_log ${where.toSql()} ORDER BY id DESC LIMIT ?`,
    [...(record === undefined ? [] : [record]), ...where.params, q.limit],
  );
}

function filterWhere(f: AuditFilter, withoutAccounts: boolean): Where {
  const where = new Where();
  // One index leads, the most selective the filter has (a record, then a user or method, then a kind);
  // the others are written `+column`, which SQLite cannot serve from an index, so it never trades the
  // record's few rows for a scan of a whole kind (2 s instead of 1 ms at a million rows).
  let led = false;
  const column = (name: string) => (led ? `+${name}` : ((led = true), name));
  // A record's entries: its own, and the bulk entry that created it (audit_bulk_creates), both by index.
  if (f.recordId !== undefined)
    where.add(
      `(${column('record_id')} = ? OR id IN (SELECT entry_id FROM audit_bulk_creates WHERE record_id = ?))`,
      f.recordId,
      f.recordId,
    );
  if (f.userId !== undefined) where.add(`${column('user_id')} = ?`, f.userId);
  if (f.username !== undefined) where.add(`${column('username')} = ?`, f.username);
  if (f.method !== undefined) where.add(`${column('method')} = ?`, f.method);
  if (f.kind !== undefined) where.add(`${column('kind')} = ?`, f.kind);
  if (f.from !== undefined) where.add(`${led ? '+at' : 'at'} >= ?`, new Date(f.from).toISOString());
  if (f.to !== undefined) where.add(`${led ? '+at' : 'at'} < ?`, new Date(f.to).toISOString());
  if (withoutAccounts) where.add("NOT (+method LIKE 'auth.%' OR +method LIKE 'users.%')");
  return where;
}

const CARRY_BATCH = 2000;
const COLUMNS = 'id, at, user_id, username, role, method, kind, record_id, action, changes, note';

/**
 * Copies into a restored database the trail rows the replaced one has and the backup lacks. A backup of
 * this database holds a prefix of its trail (rows are only appended, and each restore carries the rest
 * over), so the rows after the backup's last id are copied with their ids. A backup of another copy,
 * whose row at that id differs, gets every row of the replaced trail after its own.
 */
export function carryOver(from: Connection, to: Connection): number {
  const last = to.get<{ id: number | null }>('SELECT max(id) AS id FROM audit_log')?.id ?? 0;
  const mine = (conn: Connection) =>
    conn.get<{ k: string }>(`SELECT at || method || ifnull(record_id, '') AS k FROM audit_log WHERE id = ?`, [last]);
  const sameHistory = last === 0 || mine(from)?.k === mine(to)?.k;
  let after = sameHistory ? last : 0;
  let carried = 0;
  for (;;) {
    const rows = from.all<AuditRow>(`SELECT ${COLUMNS} FROM audit_log WHERE id > ? ORDER BY id LIMIT ?`, [after, CARRY_BATCH]);
    if (rows.length === 0) return carried;
    for (const r of rows) {
      const values: SqlValue[] = [r.at, r.user_id, r.username, r.role, r.method, r.kind, r.record_id, r.action, r.changes, r.note];
      // Same history: the same ids; another copy's rows go after the backup's own.
      if (sameHistory) to.exec(`INSERT INTO audit_log (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [r.id, ...values]);
      else to.exec(`INSERT INTO audit_log (${COLUMNS.slice(4)}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, values);
      if (r.action === 'create' && r.record_id === null) carryBulkCreates(from, to, r.id, sameHistory);
    }
    carried += rows.length;
    after = rows.at(-1)?.id ?? after;
  }
}

/** The records of a carried bulk entry (`appendCreatedSince`), against the entry's id in the restored trail. */
function carryBulkCreates(from: Connection, to: Connection, fromId: number, sameId: boolean): void {
  const toId = sameId ? fromId : (to.get<{ id: number }>('SELECT max(id) AS id FROM audit_log')?.id ?? fromId);
  const rows = from.all<{ record_id: string }>('SELECT record_id FROM audit_bulk_creates WHERE entry_id = ?', [fromId]);
  for (const { record_id } of rows) to.exec('INSERT INTO audit_bulk_creates (record_id, entry_id) VALUES (?, ?)', [record_id, toId]);
}

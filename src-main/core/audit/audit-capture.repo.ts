import type { Connection } from '../db/types';
import { isAudited, isBinary, isNoise, isSecret, type ColumnInfo, type TableInfo } from './audit-coverage';

/**
 * Capture of row changes for the audit trail, as TEMP objects of the connection: a trigger per table and
 * action writes each changed row's diff to `temp.audit_pending` while a call is being audited
 * (`temp.audit_switch`). Nothing here is in the file, nor journaled: the drain (audit-log.repo.ts) writes
 * the pending rows to audit_log with explicit values through the call's transaction, which is journaled
 * and replays the same whatever triggers the replaying connection has. Built from the schema at each open
 * (and after a restore), so every table is covered as it is now.
 */
export function installCapture(conn: Connection): void {
  conn.exec(`DROP TABLE IF EXISTS temp.audit_pending; DROP TABLE IF EXISTS temp.audit_switch;
    CREATE TEMP TABLE audit_pending (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, record_id TEXT, action TEXT NOT NULL, changes TEXT NOT NULL);
    CREATE TEMP TABLE audit_switch (active INTEGER NOT NULL, bulk TEXT, bulk_deletes TEXT);
    INSERT INTO temp.audit_switch VALUES (0, NULL, NULL);`);
  for (const table of auditedTables(conn)) {
    const columns = conn.all<ColumnInfo>(`SELECT name, type, pk FROM pragma_table_info(?)`, [table]);
    for (const sql of captureTriggers(table, columns)) conn.exec(sql);
  }
}

/** The tables the trail follows, as the connection's schema has them now. */
export function auditedTables(conn: Connection): string[] {
  const tables = conn.all<TableInfo>(`SELECT name, sql FROM main.sqlite_master WHERE type = 'table' ORDER BY name`);
  const virtual = new Set(tables.filter((t) => /^\s*CREATE\s+VIRTUAL/i.test(t.sql)).map((t) => t.name));
  return tables.filter((t) => isAudited(t, virtual)).map((t) => t.name);
}

/** Names of the TEMP capture triggers present, for the coverage test. */
export function captureTriggerTables(conn: Connection): string[] {
  return conn
    .all<{ tbl_name: string }>(
      `SELECT DISTINCT tbl_name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'audit\\_%' ESCAPE '\\'`,
    )
    .map((r) => r.tbl_name);
}

/** Turns capture on or off for the connection's current transaction (off also ends a bulk section). */
export function setCapture(conn: Connection, active: boolean): void {
  conn.exec(`UPDATE temp.audit_switch SET active = ${active ? 1 : 0}, bulk = NULL, bulk_deletes = NULL`);
}

/**
 * Names the one table whose deletes the caller logs itself, or none (audit-trail.ts `bulkDeletes`): the
 * rows' entries were appended set-based before the section, with the same values a trigger logs.
 */
export function setBulkDeletes(conn: Connection, table: string | null): void {
  conn.exec('UPDATE temp.audit_switch SET bulk_deletes = ?', [table]);
}

/**
 * The JSON diff the delete trigger of `table` logs for a row, over the row read as `alias` (a bulk
 * section selects the entries of the rows it is about to delete in one statement).
 */
export function deleteDiffSql(conn: Connection, table: string, alias: string): string {
  const columns = conn.all<ColumnInfo>(`SELECT name, type, pk FROM pragma_table_info(?)`, [table]);
  return diffOf(shownColumns(columns), 'delete', alias);
}

/** The columns a diff lists: never secrets, nor noise. */
function shownColumns(columns: readonly ColumnInfo[]): ColumnInfo[] {
  return columns.filter((c) => !isSecret(c.name) && !isNoise(c, columns));
}

/**
 * Names the one table whose creates the caller logs itself (a bulk import, audit-trail.ts `bulkCreates`),
 * or none: every other write, and updates and deletes of that table, are still captured with their diff.
 */
export function setBulkTable(conn: Connection, table: string | null): void {
  conn.exec('UPDATE temp.audit_switch SET bulk = ?', [table]);
}

/** One row change captured during the call. */
export interface PendingChange {
  kind: string;
  record_id: string | null;
  action: 'create' | 'update' | 'delete';
  changes: string;
}

/** Takes the captured changes, oldest first, and empties the capture table. */
export function takePending(conn: Connection): PendingChange[] {
  const rows = conn.all<PendingChange>(`SELECT kind, record_id, action, changes FROM temp.audit_pending ORDER BY id`);
  if (rows.length > 0) conn.exec(`DELETE FROM temp.audit_pending`);
  return rows;
}

const quoteId = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteText = (text: string) => `'${text.replaceAll("'", "''")}'`;

function captureTriggers(table: string, columns: readonly ColumnInfo[]): string[] {
  const shown = shownColumns(columns);
  // An update is logged when a shown column or a password changed, never for noise alone.
  const watched = columns.filter((c) => isSecret(c.name) || !isNoise(c, columns));
  const t = quoteId(table);
  // A create (a delete) is captured unless a bulk section logs this table's creates (deletes) itself.
  const on = (action: string) =>
    action === 'create'
      ? `active AND bulk IS NOT ${quoteText(table)}`
      : action === 'delete'
        ? `active AND bulk_deletes IS NOT ${quoteText(table)}`
        : 'active';
  const trigger = (action: string, event: string, row: 'NEW' | 'OLD', when: string) =>
    `CREATE TEMP TRIGGER ${quoteId(`audit_${table}_${action}`)} AFTER ${event} ON main.${t}
       WHEN (SELECT ${on(action)} FROM temp.audit_switch)${when}
       BEGIN INSERT INTO temp.audit_pending (kind, record_id, action, changes)
         VALUES (${quoteText(table)}, ${recordIdOf(row, columns)}, '${action}', ${diffOf(shown, action)}); END`;
  const changed = watched.map((c) => `OLD.${quoteId(c.name)} IS NOT NEW.${quoteId(c.name)}`).join(' OR ');
  return [
    trigger('create', 'INSERT', 'NEW', ''),
    trigger('update', 'UPDATE', 'NEW', changed ? ` AND (${changed})` : ' AND 0'),
    trigger('delete', 'DELETE', 'OLD', ''),
  ];
}

/** The record's id: its `id` column, else its primary key (one column as text, several as a JSON array). */
function recordIdOf(row: 'NEW' | 'OLD', columns: readonly ColumnInfo[]): string {
  if (columns.some((c) => c.name === 'id')) return `CAST(${row}.id AS TEXT)`;
  const key = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  if (key.length === 0) return `CAST(${row}.rowid AS TEXT)`;
  if (key.length === 1) return `CAST(${row}.${quoteId(key[0]!.name)} AS TEXT)`;
  return `json_array(${key.map((c) => `${row}.${quoteId(c.name)}`).join(', ')})`;
}

/** `{"column": [before, after]}` for the columns whose value differs (null before a create, after a delete). */
function diffOf(shown: readonly ColumnInfo[], action: string, oldRow = 'OLD'): string {
  if (shown.length === 0) return `'{}'`;
  const value = (row: string, c: ColumnInfo) => {
    const ref = `${row}.${quoteId(c.name)}`;
    return isBinary(c) ? `CASE WHEN ${ref} IS NULL THEN NULL ELSE length(${ref}) || ' byte' END` : ref;
  };
  const before = (c: ColumnInfo) => (action === 'create' ? 'NULL' : value(oldRow, c));
  const after = (c: ColumnInfo) => (action === 'delete' ? 'NULL' : value('NEW', c));
  const pairs = shown.map((c) => `SELECT ${quoteText(c.name)} AS k, ${before(c)} AS o, ${after(c)} AS n`).join(' UNION ALL ');
  return `(SELECT json_group_object(k, json_array(o, n)) FROM (${pairs}) WHERE o IS NOT n)`;
}

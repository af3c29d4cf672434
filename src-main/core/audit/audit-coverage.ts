/**
 * Which tables and columns the audit trail follows. Every table is followed by default, so a table a
 * later migration adds is audited without anyone remembering to (test/core/audit/audit-coverage.test.ts
 * fails for a table that is neither followed nor listed here with its reason).
 */

/** Tables not followed, each with why. */
export const UNAUDITED_TABLES: Readonly<Record<string, string>> = {
  audit_log: 'the trail itself',
  audit_bulk_creates: 'the trail itself: the records of its bulk create entries',
  // Drafts are unsaved grid cells, saved every few seconds while a clerk types: logging them would fill the
  // trail with half-typed values (and personal data of rows never saved). The save of the record is audited.
  drafts: 'unsaved input; the record it becomes is audited when saved',
  propaganda_sessions_count: 'a count kept by triggers, derived from propaganda_sessions',
  // Bookkeeping of an import, one row per record it wrote, written with it and never edited: the import is
  // logged as an event and each record it created, changed or deleted has its own entry. Logging these
  // too cost as much as the records themselves (100,000 rows for a 100k package, issue 13).
  exchange_undo: "a received package's undo steps; the import and each record it wrote are logged",
  exchange_undo_added: "the ids of the records a received package added (its undo); each record's create is logged",
  import_records: "an Excel import's list of created records; the import and each record are logged",
};

/** Shadow tables SQLite keeps for a full-text index (derived from the indexed table, which is audited). */
const FTS_SHADOW = /_(content|docsize|segdir|segments|stat|data|idx|config)$/;

/** One column as PRAGMA table_info gives it. */
export interface ColumnInfo {
  name: string;
  type: string;
  /** 1-based position in the primary key, 0 when not part of it. */
  pk: number;
}

/** A table as sqlite_master lists it. */
export interface TableInfo {
  name: string;
  sql: string;
}

/** Whether the trail follows this table (false for SQLite's own, full-text and the listed ones). */
export function isAudited(table: TableInfo, virtualTables: ReadonlySet<string>): boolean {
  if (table.name.startsWith('sqlite_') || Object.hasOwn(UNAUDITED_TABLES, table.name)) return false;
  if (/^\s*CREATE\s+VIRTUAL\s+TABLE/i.test(table.sql)) return false;
  const base = table.name.replace(FTS_SHADOW, '');
  return !(base !== table.name && virtualTables.has(base));
}

/** Passwords never reach the trail; a change to one is logged without its values. */
export function isSecret(column: string): boolean {
  return column.startsWith('password');
}

/**
 * Columns that change with every write or only mirror another (the id, which the row's record_id holds;
 * the version, timestamps the row already has, folded search and sort keys, the internal row number of a
 * table with a UUID id): a diff lists them neither as changes nor as the reason to log an update.
 */
export function isNoise(column: ColumnInfo, columns: readonly ColumnInfo[]): boolean {
  const { name } = column;
  if (name === 'id' || name === 'version' || name === 'created_at' || name === 'updated_at' || name === 'saved_at') return true;
  if (name.endsWith('_search') || name.endsWith('_sort')) return true;
  const hasUuid = columns.some((c) => c.name === 'id' && c.pk === 0);
  return hasUuid && column.pk === 1 && /^INTEGER$/i.test(column.type);
}

/** Binary columns are logged by size: a picture's bytes do not belong in a text trail. */
export function isBinary(column: ColumnInfo): boolean {
  return /BLOB/i.test(column.type);
}

import type { ApiOutput } from '../../../src-main/contract';
import { formatDateTime } from '../../lib/format';
import { formatCellValue } from '../grid/cell-text';
import type { GridColumn, GridRow } from '../grid/types';

/** One entry of the audit trail as audit.list gives it. */
export type HistoryEntry = ApiOutput<'audit.list'>['entries'][number];

/** One changed field, ready to show: its label and both values as the grid shows them. */
export interface HistoryChange {
  label: string;
  before: string;
  after: string;
}

/** One entry, ready to show. */
export interface HistoryLine {
  id: number;
  when: string;
  who: string;
  what: string;
  changes: HistoryChange[];
}

const ACTIONS: Readonly<Record<HistoryEntry['action'], string>> = { create: 'Thêm mới', update: 'Sửa', delete: 'Xoá', event: 'Thao tác' };
const EMPTY = '(trống)';

/** A stored column name (snake_case) as the API's field name (camelCase), which the grid's columns use. */
export function fieldOf(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** A value as the grid would show it in that column (a catalogue's name, a unit's name where the row knows it). */
function shownValue(col: GridColumn | undefined, value: unknown, row: GridRow | undefined): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (!col) return typeof value === 'string' ? value : JSON.stringify(value);
  if (col.type === 'catalogue') return col.options?.().find((o) => o.value === value)?.label ?? String(value);
  if (col.labelKey && row && row[col.key] === value && typeof row[col.labelKey] === 'string') return String(row[col.labelKey]);
  if (col.type === 'unit') return 'đơn vị khác';
  return formatCellValue(col.type, value);
}

/**
 * What an entry says happened: an event's note; an action, with the note of a bulk import ("Thêm mới —
 * Nhận gói số 3 của …"), whose created records are logged by that note instead of their fields.
 */
function whatOf(e: HistoryEntry): string {
  if (e.action === 'event') return e.note ?? e.method;
  return e.note ? `${ACTIONS[e.action]} — ${e.note}` : ACTIONS[e.action];
}

/**
 * The entries of one record as lines: who, when, what, and each changed field with the grid's label and
 * formatting (`columns` are the grid's; a field no column shows keeps its stored name).
 */
export function historyLines(entries: readonly HistoryEntry[], columns: readonly GridColumn[], row?: GridRow): HistoryLine[] {
  const byField = new Map(columns.map((c) => [c.key, c]));
  return entries.map((e) => ({
    id: e.id,
    when: formatDateTime(e.at),
    who: e.username,
    what: whatOf(e),
    changes: Object.entries(e.changes ?? {}).map(([column, [before, after]]) => {
      const col = byField.get(fieldOf(column));
      return { label: col?.label ?? column, before: shownValue(col, before, row), after: shownValue(col, after, row) };
    }),
  }));
}

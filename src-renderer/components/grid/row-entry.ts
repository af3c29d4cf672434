import { formatCellValue } from './cell-text';
import type { CellEntry, GridColumn, GridRow } from './types';

/**
 * What a saved record shows in one column: the name beside an id (`labelKey`), a catalogue choice's
 * title, or the value formatted (dd/mm/yyyy, `1.275`). The one reading of a record into a cell, so a
 * cell after a save, an undo or another window's change reads exactly as after a reload.
 */
export function entryOfRow(row: GridRow, col: GridColumn): CellEntry {
  const value = row[col.key];
  const label = col.labelKey ? row[col.labelKey] : undefined;
  const option = col.type === 'catalogue' && !col.labelKey ? col.options?.().find((o) => o.value === value) : undefined;
  const text = label !== undefined && label !== null ? String(label) : (option?.label ?? formatCellValue(col.type, value));
  return { value: typeof value === 'number' || typeof value === 'string' ? value : null, text };
}

/**
 * The record a write answered with, when the answer is the versioned row itself (the row's id and a
 * `version`); other answers (`{id}` of a delete, a wrapper) leave the grid to apply the values it sent.
 */
export function recordOf(data: unknown, id: string): GridRow | null {
  if (typeof data !== 'object' || data === null || !('id' in data) || data.id !== id) return null;
  if (!('version' in data) || typeof data.version !== 'number') return null;
  return { ...data, id };
}

/** A row's `version` (issue 10: every record carries one), or undefined for sources without versions. */
export function versionOfRow(row: GridRow | undefined): number | undefined {
  const v = row?.version;
  return typeof v === 'number' ? v : undefined;
}

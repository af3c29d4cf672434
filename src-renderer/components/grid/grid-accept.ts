import type { GridModel } from './grid-model';
import { entryOfRow } from './row-entry';
import type { SaveStatus } from './row-book';
import type { CellEntry, GridRow } from './types';

/**
 * Takes the record the core answered with as the row's saved state: the cached list row, or the row
 * entered here. The cells in `keys` then show what the core stored (not what was typed), so the grid
 * reads as a reload would, and their typed overlay goes. Returns those cells, for undo/redo.
 */
export function acceptRecord(m: GridModel, id: string, key: string, record: GridRow, keys: readonly string[]): Record<string, CellEntry> {
  const index = m.cache.indexOf(id);
  const cached = index >= 0 ? m.cache.rowAt(index) : undefined;
  if (cached) m.cache.setRow(index, { ...cached, ...record });
  const local = m.book.localBySavedId(id);
  if (local) local.saved = record;
  const state = m.book.get(key);
  const after: Record<string, CellEntry> = {};
  for (const k of keys) {
    const col = m.columns.find((c) => c.key === k);
    if (!col) continue;
    after[k] = entryOfRow(record, col);
    if (local) local.entries[k] = after[k];
    if (state) delete state.overlay[k];
  }
  return after;
}

/** Sets a row's save status and its message, and redraws. */
export function setRowStatus(m: GridModel, key: string, status: SaveStatus, message: string | null): void {
  m.book.edit(key, (s) => {
    s.status = status;
    s.message = message;
  });
  m.changed();
}

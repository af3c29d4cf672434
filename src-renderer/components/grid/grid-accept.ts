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
  ownSaves(m).add(id);
  if (typeof record.version === 'number') ownVersions(m).set(id, record.version);
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

const saved = new WeakMap<GridModel, Set<string>>();
function ownSaves(m: GridModel): Set<string> {
  const set = saved.get(m) ?? new Set<string>();
  saved.set(m, set);
  return set;
}

/**
 * Whether a change the feed reports is only this grid's own saves (already on screen): refreshing for
 * them would move rows entered here into the list's order under the clerk's cursor. Consumes the ids.
 */
export function onlyOwnSaves(m: GridModel, ids: readonly string[] | null): boolean {
  const own = ownSaves(m);
  if (ids === null || !ids.every((id) => own.has(id))) return false;
  for (const id of ids) own.delete(id);
  return true;
}

/** Sets a row's save status and its message, and redraws. */
export function setRowStatus(m: GridModel, key: string, status: SaveStatus, message: string | null): void {
  m.book.edit(key, (s) => {
    s.status = status;
    s.message = message;
  });
  m.changed();
}

const versionsSaved = new WeakMap<GridModel, Map<string, number>>();
function ownVersions(m: GridModel): Map<string, number> {
  const map = versionsSaved.get(m) ?? new Map<string, number>();
  versionsSaved.set(m, map);
  return map;
}

/** The version this grid's own last save of a record produced, if it saved it. */
export function lastOwnVersion(m: GridModel, id: string): number | undefined {
  return versionsSaved.get(m)?.get(id);
}

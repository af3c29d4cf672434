import type { GridModel } from './grid-model';
import type { GridColumn } from './types';

const keyOf = (gridId: string) => `grid-hidden:${gridId}`;

/** The column keys the clerk hid in a grid (kept in localStorage across reloads and restarts, like the widths). */
export function loadHidden(gridId: string): string[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(keyOf(gridId)) ?? '[]');
    return Array.isArray(raw) ? raw.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

function saveHidden(gridId: string, hidden: readonly string[]): void {
  try {
    localStorage.setItem(keyOf(gridId), JSON.stringify(hidden));
  } catch {
    // A full or disabled storage only loses the remembered choice, never data.
  }
}

/**
 * The columns to build the grid with. The first column (the record's name, frozen on the left) is
 * always shown, so a row can be told from another; keys no longer in the grid are ignored.
 */
export function visibleColumns(all: readonly GridColumn[], hidden: readonly string[]): GridColumn[] {
  return all.filter((c, i) => i === 0 || !hidden.includes(c.key));
}

/**
 * Rebuilds the grid with the chosen columns: the model's columns are what the cursor, paste and the
 * view index, so hidden columns are left out rather than drawn hidden. A filter on a column being
 * hidden is dropped, since nothing would show it any more.
 */
export function chooseColumns(model: GridModel, all: readonly GridColumn[], hidden: readonly string[]): void {
  saveHidden(model.id, hidden);
  const shown = visibleColumns(all, hidden);
  const names = new Set(shown.map((c) => c.queryKey ?? c.key));
  const filters = Object.fromEntries(Object.entries(model.filters).filter(([name]) => names.has(name)));
  const filtersDropped = Object.keys(filters).length !== Object.keys(model.filters).length;
  model.columns = shown;
  model.filters = filters;
  model.epoch += 1;
  model.moveTo(model.cursor);
  if (filtersDropped) void model.reload();
}

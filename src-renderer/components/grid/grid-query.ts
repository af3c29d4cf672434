import { dateFilterText } from './cell-text';
import type { GridColumn, GridQuery } from './types';

/** A click on a column's header: ascending, then descending, then back to the list's own order. */
export function nextSort(sort: GridQuery['sort'], col: GridColumn): GridQuery['sort'] {
  const name = col.queryKey ?? col.key;
  const dir = sort[0]?.column === name ? sort[0].dir : null;
  return dir === null ? [{ column: name, dir: 'asc' }] : dir === 'asc' ? [{ column: name, dir: 'desc' }] : [];
}

/** The filters with a column's filter text set (a blank text removes it; dates are read as the clerk types them). */
export function withFilter(filters: Record<string, string>, col: GridColumn, text: string): Record<string, string> {
  const name = col.queryKey ?? col.key;
  const next = { ...filters };
  if (text.trim() === '') delete next[name];
  else next[name] = col.type === 'date' ? dateFilterText(text) : text;
  return next;
}

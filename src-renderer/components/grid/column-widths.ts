import type { GridColumn } from './types';

/** Narrowest a dragged column may get: its header and a few characters stay readable. */
export const MIN_COLUMN_WIDTH = 48;

const keyOf = (gridId: string) => `grid-widths:${gridId}`;

/** The widths the clerk dragged for a grid, per column key (kept in localStorage across reloads and restarts). */
export function loadWidths(gridId: string): Record<string, number> {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(keyOf(gridId)) ?? '{}');
    if (typeof raw !== 'object' || raw === null) return {};
    return Object.fromEntries(
      Object.entries(raw).filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] >= MIN_COLUMN_WIDTH),
    );
  } catch {
    return {};
  }
}

export function saveWidths(gridId: string, widths: Record<string, number>): void {
  try {
    localStorage.setItem(keyOf(gridId), JSON.stringify(widths));
  } catch {
    // A full or disabled storage only loses the remembered widths, never data.
  }
}

/** The grid's CSS columns: status mark, each column at its dragged or declared width, then the message. */
export function gridTemplate(columns: readonly GridColumn[], widths: Record<string, number>): string {
  return `56px ${columns.map((c) => `${widths[c.key] ?? c.width}px`).join(' ')} minmax(220px, 1fr)`;
}

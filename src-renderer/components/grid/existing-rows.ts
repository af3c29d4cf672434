import type { GridModel } from './grid-model';
import type { LocalRow } from './row-book';

/**
 * Rows entered here whose key already has a record (the core answered EXISTS: an outcome for a unit
 * and month that has one). They wait, marked, until the clerk answers one question for all of them
 * (grid-existing.ts): so a paste of 20 such rows asks once, not 20 times.
 */
const waiting = new WeakMap<GridModel, Map<string, LocalRow>>();

export function noteExisting(m: GridModel, local: LocalRow): void {
  const rows = waiting.get(m) ?? new Map<string, LocalRow>();
  rows.set(local.key, local);
  waiting.set(m, rows);
}

/** How many rows wait for the question (0 when none). */
export function existingCount(m: GridModel): number {
  return waiting.get(m)?.size ?? 0;
}

/** The waiting rows, handed over once: the question is answered for exactly these. */
export function takeExisting(m: GridModel): LocalRow[] {
  const rows = [...(waiting.get(m)?.values() ?? [])];
  waiting.delete(m);
  return rows;
}

import type { GridModel } from './grid-model';
import type { LocalRow } from './row-book';

/**
 * Rows entered here whose key already has a record (the core answered EXISTS: an outcome for a unit
 * and month that has one). They wait, marked, until the clerk answers one question for all of them
 * (grid-existing.ts): so a paste of 20 such rows asks once, not 20 times.
 */
const waiting = new WeakMap<GridModel, Map<string, LocalRow>>();
/** Grids applying an answer: the question stays on screen (its buttons off) until every row is done. */
const answering = new WeakSet<GridModel>();

export function noteExisting(m: GridModel, local: LocalRow): void {
  const rows = waiting.get(m) ?? new Map<string, LocalRow>();
  rows.set(local.key, local);
  waiting.set(m, rows);
}

/** How many rows wait for the question (0 when none). */
export function existingCount(m: GridModel): number {
  return waiting.get(m)?.size ?? 0;
}

/** True while an answer is being applied (saved, or its rows' drafts discarded). */
export function isAnswering(m: GridModel): boolean {
  return answering.has(m);
}

/**
 * The rows the answer is for, handed over once; the grid counts as answering until `endAnswer`. Rows
 * refused with EXISTS meanwhile (another paste) wait for the next question.
 */
export function startAnswer(m: GridModel): LocalRow[] {
  const rows = [...(waiting.get(m)?.values() ?? [])];
  waiting.delete(m);
  answering.add(m);
  return rows;
}

export function endAnswer(m: GridModel): void {
  answering.delete(m);
}

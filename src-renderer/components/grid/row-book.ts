import type { CellEntry, GridRow } from './types';

/** Where a row's last save stands. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

/** What the grid knows of one row beyond the server's copy: save status, errors, and typed text not yet saved. */
export interface RowState {
  status: SaveStatus;
  /** Why the last save failed, for the row as a whole. */
  message: string | null;
  /** Vietnamese reason per column key (the core's, or why the text could not be read). */
  cellErrors: Record<string, string>;
  /** Cells whose text could not be read (a date that does not exist, an unknown unit): never sent. */
  unreadable: Record<string, string>;
  /** What the clerk typed that is not saved (a failed or running save): shown instead of the saved value. */
  overlay: Record<string, CellEntry>;
  /** Bumped on every change, so a view redraws only the rows that changed. */
  rev: number;
}

/**
 * A row entered in this grid (the new-row line, pasted rows): kept at the bottom until the list is
 * reloaded. `savedId` is set once the core created the record; later edits update it.
 */
export interface LocalRow {
  key: string;
  savedId: string | null;
  entries: Record<string, CellEntry>;
  /** The record as the core last returned it (its version, its saved values), once created. */
  saved?: GridRow;
}

/** Tells this run's local keys from those of drafts kept by an earlier run (they are draft keys too). */
const SESSION_TAG = Math.random().toString(36).slice(2, 10);

/** True while a saved row shows typed text that is not saved (not during its save). */
export function hasUnsaved(s: RowState): boolean {
  return s.status !== 'saving' && Object.keys(s.overlay).length > 0;
}

const blank = (): RowState => ({ status: 'idle', message: null, cellErrors: {}, unreadable: {}, overlay: {}, rev: 0 });

/** Row states keyed by record id (saved rows) or local key (rows entered here). */
export class RowBook {
  private readonly states = new Map<string, RowState>();
  private readonly locals: LocalRow[] = [];
  private nextKey = 1;

  get(key: string): RowState | undefined {
    return this.states.get(key);
  }

  edit(key: string, change: (s: RowState) => void): RowState {
    const s = this.states.get(key) ?? blank();
    change(s);
    s.rev += 1;
    this.states.set(key, s);
    return s;
  }

  /**
   * Forgets the states of saved rows (after a reload) but keeps those of local rows, and of saved rows
   * holding typed text not saved: a draft is discarded only on purpose (issue 10 item 1).
   */
  clearSaved(): void {
    const keep = new Set(this.locals.map((l) => l.key));
    for (const [k, s] of [...this.states]) if (!keep.has(k) && !hasUnsaved(s)) this.states.delete(k);
  }

  /** Every row state by key (saved rows and rows entered here). */
  allStates(): IterableIterator<[string, RowState]> {
    return this.states.entries();
  }

  get localRows(): readonly LocalRow[] {
    return this.locals;
  }

  /** Adds a row entered here; `key` is given when a kept draft is put back, so its draft stays one row. */
  addLocal(entries: Record<string, CellEntry> = {}, key = `local-${SESSION_TAG}-${this.nextKey++}`): LocalRow {
    const row: LocalRow = { key, savedId: null, entries };
    this.locals.push(row);
    return row;
  }

  removeLocal(key: string): void {
    const i = this.locals.findIndex((l) => l.key === key);
    if (i >= 0) this.locals.splice(i, 1);
    this.states.delete(key);
  }

  /** Drops local rows the core has saved (they now come from the server's list). */
  dropSavedLocals(): void {
    for (const l of [...this.locals]) if (l.savedId !== null) this.removeLocal(l.key);
  }

  localBySavedId(id: string): LocalRow | undefined {
    return this.locals.find((l) => l.savedId === id);
  }
}

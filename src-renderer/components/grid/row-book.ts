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

  /** Forgets the states of saved rows (after a reload) but keeps those of local rows. */
  clearSaved(): void {
    const keep = new Set(this.locals.map((l) => l.key));
    for (const k of [...this.states.keys()]) if (!keep.has(k)) this.states.delete(k);
  }

  get localRows(): readonly LocalRow[] {
    return this.locals;
  }

  addLocal(entries: Record<string, CellEntry> = {}): LocalRow {
    const row: LocalRow = { key: `local:${this.nextKey++}`, savedId: null, entries };
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

import type { CellEntry } from './types';

/** One row's edit: the cells before and after. Undo writes `before` back through the API. */
export interface RowChange {
  rowId: string;
  before: Record<string, CellEntry>;
  after: Record<string, CellEntry>;
}

/** One undo step: a single cell edit, or every row of a paste. */
export interface UndoEntry {
  label: string;
  changes: RowChange[];
}

/** The part of Web Storage the stack uses (sessionStorage in the app, a Map in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

interface Persisted {
  done: UndoEntry[];
  undone: UndoEntry[];
}

/**
 * Undo/redo of saved edits, kept in sessionStorage so it survives a reload of the page (but not the
 * end of the session). A new edit clears the redo side, as in every editor.
 */
export class UndoStack {
  private done: UndoEntry[] = [];
  private undone: UndoEntry[] = [];

  constructor(
    private readonly storage: KeyValueStorage | null,
    private readonly key: string,
    private readonly limit = 100,
  ) {
    this.restore();
  }

  push(entry: UndoEntry): void {
    if (entry.changes.length === 0) return;
    this.done.push(entry);
    if (this.done.length > this.limit) this.done.splice(0, this.done.length - this.limit);
    this.undone = [];
    this.save();
  }

  /** The step to undo, moved to the redo side. */
  takeUndo(): UndoEntry | null {
    const e = this.done.pop() ?? null;
    if (e) this.undone.push(e);
    this.save();
    return e;
  }

  takeRedo(): UndoEntry | null {
    const e = this.undone.pop() ?? null;
    if (e) this.done.push(e);
    this.save();
    return e;
  }

  /** Puts back a step whose undo or redo failed to save, so the clerk can try again. */
  restoreFailed(entry: UndoEntry, wasUndo: boolean): void {
    const [from, to] = wasUndo ? [this.undone, this.done] : [this.done, this.undone];
    const i = from.lastIndexOf(entry);
    if (i >= 0) from.splice(i, 1);
    to.push(entry);
    this.save();
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  private save(): void {
    const data: Persisted = { done: this.done, undone: this.undone };
    try {
      this.storage?.setItem(this.key, JSON.stringify(data));
    } catch {
      // A full storage only loses undo after reload; the edits themselves are saved.
    }
  }

  private restore(): void {
    const raw = this.storage?.getItem(this.key);
    if (!raw) return;
    try {
      const data = JSON.parse(raw) as Partial<Persisted>;
      this.done = Array.isArray(data.done) ? data.done.filter(isEntry) : [];
      this.undone = Array.isArray(data.undone) ? data.undone.filter(isEntry) : [];
    } catch {
      this.done = [];
      this.undone = [];
    }
  }
}

function isEntry(e: unknown): e is UndoEntry {
  return typeof e === 'object' && e !== null && Array.isArray((e as UndoEntry).changes) && typeof (e as UndoEntry).label === 'string';
}

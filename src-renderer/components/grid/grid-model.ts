import { moveCell, rangeOf, type CellRange, type Move } from './navigation';
import { nextSort, withFilter } from './grid-query';
import { PageCache } from './page-cache';
import { RowBook, type LocalRow, type RowState } from './row-book';
import { RowQueues } from './row-queues';
import { entryOfRow, versionOfRow } from './row-entry';
import type { RowConflict } from './grid-conflict';
import type { CellEntry, CellRef, GridColumn, GridQuery, GridRow, GridSource, UnitResolver } from './types';
import { UndoStack, type KeyValueStorage } from './undo-stack';

export interface GridModelOptions {
  /** Names the grid's undo stack in sessionStorage (e.g. 'models'). */
  id: string;
  columns: readonly GridColumn[];
  source: GridSource;
  resolveUnit?: UnitResolver | null;
  storage?: KeyValueStorage | null;
  pageSize?: number;
}

/** Which record a visible row is: a saved one from the list, one entered here, or the new-row line. */
export type RowTarget =
  | { kind: 'saved'; index: number; id: string; row: GridRow }
  | { kind: 'local'; index: number; local: LocalRow }
  | { kind: 'new'; index: number }
  | { kind: 'loading'; index: number };

/** A running long task (a paste): shown as progress. */
export interface Progress {
  label: string;
  done: number;
  total: number;
}

/**
 * The grid's state without any DOM: the query, the cached pages, the cursor and selection, the open
 * editor, rows entered here and each row's save status. Writes live in grid-writer.ts. Views
 * subscribe and re-read on change (the TanStack-style headless core).
 */
export class GridModel {
  /** The grid's name (e.g. 'models'): keys its undo stack and its remembered column widths. */
  readonly id: string;
  columns: readonly GridColumn[]; // the shown ones; column-choice.ts replaces them
  readonly source: GridSource;
  readonly resolveUnit: UnitResolver | null;
  readonly cache: PageCache;
  readonly book = new RowBook();
  readonly undo: UndoStack;
  /** Each row's writes, one after another (row-queues.ts). */
  readonly rowQueues = new RowQueues();
  total = 0;
  loaded = false;
  loadError: string | null = null;
  sort: GridQuery['sort'] = [];
  filters: Record<string, string> = {};
  search = '';
  cursor: CellRef = { row: 0, col: 0 };
  anchor: CellRef | null = null;
  /** The open editor; its save is checked against `baseVersion`, the row's version when it opened. */
  editing: { cell: CellRef; text: string; baseVersion?: number } | null = null;
  progress: Progress | null = null;
  notice: string | null = null;
  /** The rows of the last paste, whose summary the status bar recounts as their errors are fixed. */
  lastPaste: { keys: string[]; skipped: number } | null = null;
  /** Saves refused because another window changed the row first, oldest first, until the clerk chooses. */
  conflicts: RowConflict[] = [];
  /** Bumped when every row must be drawn again (a reload, catalogue names arriving). */
  epoch = 0;
  private generation = 0;
  private visible = { start: 0, end: 50 };
  private readonly listeners = new Set<() => void>();
  private readonly rowLeftListeners = new Set<(row: number) => void>();
  private pumping = false;

  constructor(o: GridModelOptions) {
    this.id = o.id;
    this.columns = o.columns;
    this.source = o.source;
    this.resolveUnit = o.resolveUnit ?? null;
    this.cache = new PageCache(o.pageSize ?? 100);
    this.undo = new UndoStack(o.storage ?? null, `grid-undo:${o.id}`);
  }

  /** Draws every row again (e.g. once a catalogue's names have loaded). */
  redraw(): void {
    this.epoch += 1;
    this.changed();
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  changed(): void {
    for (const fn of this.listeners) fn();
  }

  /** Saved rows, then rows entered here, then the new-row line. */
  get rowCount(): number {
    return this.total + this.book.localRows.length + 1;
  }

  targetAt(index: number): RowTarget {
    if (index < this.total) {
      const row = this.cache.rowAt(index);
      return row ? { kind: 'saved', index, id: row.id, row } : { kind: 'loading', index };
    }
    const local = this.book.localRows[index - this.total];
    return local ? { kind: 'local', index, local } : { kind: 'new', index };
  }

  /** The state key of a row: the record id, or the local key of a row entered here. */
  stateKey(t: RowTarget): string | null {
    if (t.kind === 'saved') return t.id;
    return t.kind === 'local' ? t.local.key : null;
  }

  rowState(index: number): RowState | undefined {
    const key = this.stateKey(this.targetAt(index));
    return key === null ? undefined : this.book.get(key);
  }

  /** What a cell shows: unsaved typed text first, then the saved value formatted. */
  cellEntry(index: number, col: GridColumn): CellEntry | null {
    const t = this.targetAt(index);
    if (t.kind === 'local') return t.local.entries[col.key] ?? null;
    if (t.kind !== 'saved') return null;
    return this.book.get(t.id)?.overlay[col.key] ?? entryOfRow(t.row, col);
  }

  /** What the core holds for a cell (never unsaved typed text): what an undo writes back. */
  savedEntry(index: number, col: GridColumn): CellEntry | null {
    const row = this.rowRecord(index);
    return row ? entryOfRow(row, col) : null;
  }

  /** The saved record behind a visible row, if it has one. */
  rowRecord(index: number): GridRow | undefined {
    const t = this.targetAt(index);
    return t.kind === 'saved' ? t.row : t.kind === 'local' ? t.local.saved : undefined;
  }

  /** The record behind a row id as the grid holds it: a cached list row, or a row entered here and saved. */
  savedRow(id: string): GridRow | undefined {
    const index = this.cache.indexOf(id);
    return index >= 0 ? this.cache.rowAt(index) : this.book.localBySavedId(id)?.saved;
  }

  cellText(index: number, colIndex: number): string {
    const col = this.columns[colIndex];
    return col ? (this.cellEntry(index, col)?.text ?? '') : '';
  }

  cellError(index: number, colIndex: number): string | undefined {
    const col = this.columns[colIndex];
    return col ? this.rowState(index)?.cellErrors[col.key] : undefined;
  }

  query(offset: number, limit: number): GridQuery {
    return { offset, limit, sort: this.sort, filters: this.filters, search: this.search };
  }

  /** Throws away cached pages and rows saved here, and asks the core again from the top. */
  async reload(): Promise<void> {
    this.generation += 1;
    this.epoch += 1;
    this.cache.clear();
    this.book.dropSavedLocals();
    this.book.clearSaved();
    this.loaded = false;
    await this.fetchPage(0, this.generation);
    await this.ensureRange(this.visible.start, this.visible.end);
  }

  /** Fetches the held pages again after a save elsewhere: cursor, editor, typed text and unsaved rows stay. */
  async refresh(): Promise<void> {
    const gen = this.generation;
    await Promise.all(this.cache.heldPageNumbers().map((p) => this.fetchPage(p, gen)));
    if (gen !== this.generation) return;
    this.book.dropSavedLocals();
    this.redraw();
  }

  /** Called by the view with the rows on screen; fetches what is missing and drops far pages. */
  setVisible(start: number, end: number): void {
    this.visible = { start, end };
    void this.pump();
  }

  /**
   * Fetches the pages of the rows on screen, one batch at a time, each batch for where the view is
   * now: fast scrolling or a jump never queues pages the clerk has already scrolled past. Half a
   * page ahead on both sides, so a page usually arrives before its rows scroll into view.
   */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (;;) {
        const ahead = Math.floor(this.cache.pageSize / 2);
        const { start, end } = this.visible;
        const missing = this.cache.missingPages(Math.max(0, start - ahead), end + ahead, this.total);
        if (missing.length === 0) break;
        await Promise.all(missing.slice(0, 3).map((p) => this.fetchPage(p, this.generation)));
        this.cache.evictAround(Math.floor((start + end) / 2));
        if (this.loadError !== null) break;
      }
    } finally {
      this.pumping = false;
    }
  }

  async ensureRange(start: number, end: number): Promise<void> {
    const missing = this.cache.missingPages(start, end, this.total);
    await Promise.all(missing.map((p) => this.fetchPage(p, this.generation)));
    this.cache.evictAround(Math.floor((start + end) / 2));
  }

  private async fetchPage(page: number, gen: number): Promise<void> {
    this.cache.markPending(page);
    const res = await this.source.list(this.query(page * this.cache.pageSize, this.cache.pageSize));
    if (gen !== this.generation) return;
    if (!res.ok) {
      this.cache.fail(page);
      this.loadError = res.error.message;
    } else {
      this.cache.put(page, res.data.rows);
      this.total = res.data.total;
      this.loaded = true;
      this.loadError = null;
    }
    this.changed();
  }

  /** Sorts by a column: ascending, then descending, then back to the list's own order. */
  toggleSort(col: GridColumn): Promise<void> {
    this.sort = nextSort(this.sort, col);
    return this.reload();
  }

  setFilter(col: GridColumn, text: string): Promise<void> {
    this.filters = withFilter(this.filters, col, text);
    return this.reload();
  }

  setSearch(text: string): Promise<void> {
    this.search = text;
    return this.reload();
  }

  /** Calls `fn` with the row the cursor has just left: a new row is checked then, not cell by cell. */
  onRowLeft(fn: (row: number) => void): () => void {
    this.rowLeftListeners.add(fn);
    return () => this.rowLeftListeners.delete(fn);
  }

  moveTo(cell: CellRef, extend = false): void {
    if (extend) this.anchor ??= this.cursor;
    else this.anchor = null;
    const from = this.cursor.row;
    this.cursor = {
      row: Math.max(0, Math.min(cell.row, this.rowCount - 1)),
      col: Math.max(0, Math.min(cell.col, this.columns.length - 1)),
    };
    this.changed();
    if (this.cursor.row !== from) for (const fn of this.rowLeftListeners) fn(from);
  }

  move(move: Move, extend: boolean, page: number): void {
    this.moveTo(moveCell(this.cursor, move, { rows: this.rowCount, cols: this.columns.length, page }), extend);
  }

  selection(): CellRange {
    return rangeOf(this.anchor ?? this.cursor, this.cursor);
  }

  /** Opens the cursor's cell editor; `initial` replaces the text (the key typed), null keeps it. */
  startEdit(initial: string | null): boolean {
    const col = this.columns[this.cursor.col];
    if (!col || col.readOnly || this.targetAt(this.cursor.row).kind === 'loading') return false;
    const text = initial ?? this.cellText(this.cursor.row, this.cursor.col);
    this.editing = { cell: { ...this.cursor }, text, baseVersion: versionOfRow(this.rowRecord(this.cursor.row)) };
    this.anchor = null;
    this.changed();
    return true;
  }

  setEditText(text: string): void {
    if (this.editing) this.editing.text = text;
  }

  cancelEdit(): void {
    this.editing = null;
    this.changed();
  }

  setNotice(text: string | null): void {
    this.notice = text;
    this.lastPaste = null;
    this.changed();
  }
}

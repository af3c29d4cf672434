import { nextSort, withFilter } from './grid-query';
import { PageCache } from './page-cache';
import { RowBook, type LocalRow, type RowState } from './row-book';
import { RowQueues } from './row-queues';
import { entryOfRow } from './row-entry';
import type { CellEntry, GridColumn, GridQuery, GridRow, GridSource, RowLock, UnitResolver } from './types';
import type { KeyValueStorage } from './undo-stack';

export interface GridModelOptions {
  /** Names the grid's undo stack in sessionStorage (e.g. 'models'). */
  id: string;
  columns: readonly GridColumn[];
  source: GridSource;
  resolveUnit?: UnitResolver | null;
  storage?: KeyValueStorage | null;
  pageSize?: number;
  /** False for a role that cannot add rows (a viewer): the grid then ends without the new-row line. */
  appendable?: boolean;
  /** Saved rows that cannot be edited, pasted over or deleted here, and why (types.ts). */
  rowLock?: RowLock;
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
 * The grid's rows without any DOM: the query (sort, filters, search), the cached pages fetched from the
 * core, rows entered here and each row's save status, and what each cell shows. The cursor, the editor
 * and the notices are the model's (grid-model.ts). Views subscribe and re-read on change.
 */
export class GridRows {
  /** The grid's name (e.g. 'models'): keys its undo stack and its remembered column widths. */
  readonly id: string;
  columns: readonly GridColumn[]; // the shown ones; column-choice.ts replaces them
  readonly source: GridSource;
  readonly resolveUnit: UnitResolver | null;
  readonly appendable: boolean;
  private readonly rowLock: RowLock | null;
  readonly cache: PageCache;
  readonly book = new RowBook();
  /** Each row's writes, one after another (row-queues.ts). */
  readonly rowQueues = new RowQueues();
  total = 0;
  loaded = false;
  loadError: string | null = null;
  sort: GridQuery['sort'] = [];
  filters: Record<string, string> = {};
  search = '';
  /** Bumped when every row must be drawn again (a reload, catalogue names arriving). */
  epoch = 0;
  /** True while kept drafts are being put back (grid-drafts.ts): rows may still move until then. */
  awaitingDrafts = false;
  private generation = 0;
  private visible = { start: 0, end: 50 };
  private readonly listeners = new Set<() => void>();
  private pumping = false;

  constructor(o: GridModelOptions) {
    this.id = o.id;
    this.columns = o.columns;
    this.source = o.source;
    this.resolveUnit = o.resolveUnit ?? null;
    this.appendable = o.appendable ?? true;
    this.rowLock = o.rowLock ?? null;
    this.cache = new PageCache(o.pageSize ?? 100);
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

  /** Saved rows, then rows entered here, then the new-row line (where rows may be added). */
  get rowCount(): number {
    return this.total + this.book.localRows.length + (this.appendable ? 1 : 0);
  }

  targetAt(index: number): RowTarget {
    if (index < this.total) {
      const row = this.cache.rowAt(index);
      return row ? { kind: 'saved', index, id: row.id, row } : { kind: 'loading', index };
    }
    const local = this.book.localRows[index - this.total];
    if (local) return { kind: 'local', index, local };
    // No new-row line until the rows above it are known: typed there before the list arrived, the text
    // would land in whichever saved row then took its place.
    return this.settled && this.appendable ? { kind: 'new', index } : { kind: 'loading', index };
  }

  /** True once the first page is in (or failed) and no kept drafts are still on their way. */
  get settled(): boolean {
    return (this.loaded || this.loadError !== null) && !this.awaitingDrafts;
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

  /** Why the visible row cannot be changed here (its tooltip), or null when it can. */
  lockOf(index: number): string | null {
    const row = this.rowRecord(index);
    return row && this.rowLock ? this.rowLock(row) : null;
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
}

import type { GridRow } from './types';

/**
 * The rows the renderer holds: whole pages around what is on screen, never the whole table. Pages far
 * from the visible range are dropped once more than `keepPages` are held.
 */
export class PageCache {
  private readonly pages = new Map<number, GridRow[]>();
  private readonly pending = new Set<number>();

  constructor(
    readonly pageSize = 100,
    private readonly keepPages = 10,
  ) {}

  rowAt(index: number): GridRow | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  /** Pages covering rows [start, end] that are neither held nor being fetched. */
  missingPages(start: number, end: number, total: number): number[] {
    if (total <= 0 || end < start) return [];
    const first = Math.floor(Math.max(0, start) / this.pageSize);
    const last = Math.floor(Math.min(end, total - 1) / this.pageSize);
    const out: number[] = [];
    for (let p = first; p <= last; p += 1) if (!this.pages.has(p) && !this.pending.has(p)) out.push(p);
    return out;
  }

  markPending(page: number): void {
    this.pending.add(page);
  }

  put(page: number, rows: GridRow[]): void {
    this.pending.delete(page);
    this.pages.set(page, rows);
  }

  fail(page: number): void {
    this.pending.delete(page);
  }

  /** Replaces one held row (after a save), leaving the rest of its page. */
  setRow(index: number, row: GridRow): void {
    const page = this.pages.get(Math.floor(index / this.pageSize));
    if (page && index % this.pageSize < page.length) page[index % this.pageSize] = row;
  }

  /** The index of a held row by id, or -1. */
  indexOf(id: string): number {
    for (const [p, rows] of this.pages) {
      const i = rows.findIndex((r) => r.id === id);
      if (i >= 0) return p * this.pageSize + i;
    }
    return -1;
  }

  /** Keeps the pages nearest to `centerRow`. */
  evictAround(centerRow: number): void {
    if (this.pages.size <= this.keepPages) return;
    const center = Math.floor(centerRow / this.pageSize);
    const byDistance = [...this.pages.keys()].sort((a, b) => Math.abs(a - center) - Math.abs(b - center));
    for (const p of byDistance.slice(this.keepPages)) this.pages.delete(p);
  }

  /** The numbers of the pages held, for a refresh of what is on screen. */
  heldPageNumbers(): number[] {
    return [...this.pages.keys()];
  }

  clear(): void {
    this.pages.clear();
    this.pending.clear();
  }

  get heldPages(): number {
    return this.pages.size;
  }
}

import { moveCell, rangeOf, type CellRange, type Move } from './navigation';
import { versionOfRow } from './row-entry';
import type { RowConflict } from './grid-conflict';
import { GridRows, type GridModelOptions, type Progress } from './grid-rows';
import type { CellRef } from './types';
import { UndoStack } from './undo-stack';

export type { GridModelOptions, Progress, RowTarget } from './grid-rows';

/**
 * The grid's state without any DOM: its rows (grid-rows.ts: the query, the cached pages, rows entered
 * here, save states) plus the cursor and selection, the open editor, the undo stack and what the status
 * line says. Writes live in grid-writer.ts. Views subscribe and re-read on change (the TanStack-style
 * headless core).
 */
export class GridModel extends GridRows {
  readonly undo: UndoStack;
  cursor: CellRef = { row: 0, col: 0 };
  anchor: CellRef | null = null;
  /** The open editor; its save is checked against `baseVersion`, the row's version when it opened. */
  editing: { cell: CellRef; text: string; baseVersion?: number } | null = null;
  progress: Progress | null = null;
  notice: string | null = null;
  /** The rows of the last paste, whose summary the status bar recounts as their errors are fixed. */
  lastPaste: { keys: string[]; skipped: number; locked: number } | null = null;
  /** Saves refused because another window changed the row first, oldest first, until the clerk chooses. */
  conflicts: RowConflict[] = [];
  private readonly rowLeftListeners = new Set<(row: number) => void>();

  constructor(o: GridModelOptions) {
    super(o);
    this.undo = new UndoStack(o.storage ?? null, `grid-undo:${o.id}`);
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
    const lock = this.lockOf(this.cursor.row);
    if (lock !== null) {
      this.setNotice(lock);
      return false;
    }
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

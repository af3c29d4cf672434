import type { CellRef } from './types';

/** A cursor move of the grid, as a spreadsheet has them. */
export type Move = 'up' | 'down' | 'left' | 'right' | 'next' | 'prev' | 'home' | 'end' | 'pageUp' | 'pageDown' | 'top' | 'bottom';

export interface GridBounds {
  rows: number;
  cols: number;
  /** Rows in one screen, for PageUp/PageDown. */
  page: number;
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max));

/**
 * The cell after a move. Tab (`next`) wraps to the first cell of the next row and Shift+Tab (`prev`)
 * to the last cell of the previous one; nothing moves past the grid's edges.
 */
export function moveCell(cell: CellRef, move: Move, b: GridBounds): CellRef {
  const lastRow = Math.max(0, b.rows - 1);
  const lastCol = Math.max(0, b.cols - 1);
  const at = (row: number, col: number): CellRef => ({ row: clamp(row, lastRow), col: clamp(col, lastCol) });
  switch (move) {
    case 'up':
      return at(cell.row - 1, cell.col);
    case 'down':
      return at(cell.row + 1, cell.col);
    case 'left':
      return at(cell.row, cell.col - 1);
    case 'right':
      return at(cell.row, cell.col + 1);
    case 'home':
      return at(cell.row, 0);
    case 'end':
      return at(cell.row, lastCol);
    case 'pageUp':
      return at(cell.row - b.page, cell.col);
    case 'pageDown':
      return at(cell.row + b.page, cell.col);
    case 'top':
      return at(0, cell.col);
    case 'bottom':
      return at(lastRow, cell.col);
    case 'next':
      if (cell.col < lastCol) return at(cell.row, cell.col + 1);
      return cell.row < lastRow ? at(cell.row + 1, 0) : at(cell.row, cell.col);
    case 'prev':
      if (cell.col > 0) return at(cell.row, cell.col - 1);
      return cell.row > 0 ? at(cell.row - 1, lastCol) : at(cell.row, cell.col);
  }
}

/** The rectangle between the selection's anchor and the cursor. */
export interface CellRange {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function rangeOf(anchor: CellRef, cursor: CellRef): CellRange {
  return {
    top: Math.min(anchor.row, cursor.row),
    bottom: Math.max(anchor.row, cursor.row),
    left: Math.min(anchor.col, cursor.col),
    right: Math.max(anchor.col, cursor.col),
  };
}

export function inRange(r: CellRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

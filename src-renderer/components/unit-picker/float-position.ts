/** The picker's tallest size: the search box and a list of at most 260px (UnitPicker.css). */
export const PICKER_MAX_HEIGHT = 300;
export const PICKER_WIDTH = 340;
const MARGIN = 4;

/** Where a floating picker goes, in window coordinates (CSS `position: fixed`). */
export interface FloatPlace {
  left: number;
  /** Set when the picker opens downward from the cell's top. */
  top?: number;
  /** Set when it opens upward, its bottom on the cell's bottom: it grows away from the window's edge. */
  bottom?: number;
}

/**
 * Places a picker over a cell so no part of it leaves the window: downward when the room below the
 * cell's top holds the tallest picker, else upward; shifted left when the cell is near the right edge.
 * The grid's scroll box clips nothing, because the picker is drawn outside it (a portal on <body>).
 */
export function floatBeside(cell: DOMRect, viewport: { width: number; height: number }): FloatPlace {
  const left = Math.max(MARGIN, Math.min(cell.left, viewport.width - PICKER_WIDTH - MARGIN));
  if (viewport.height - cell.top >= PICKER_MAX_HEIGHT + MARGIN) return { left, top: cell.top };
  return { left, bottom: Math.max(MARGIN, viewport.height - cell.bottom) };
}

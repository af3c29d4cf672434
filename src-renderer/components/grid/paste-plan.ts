import type { CellRef, GridColumn } from './types';

/** One row of a paste: into an existing record (by id) or a new one. Values are the pasted text per column key. */
export type PasteOp =
  | { kind: 'update'; rowIndex: number; id: string; texts: Record<string, string> }
  | { kind: 'create'; rowIndex: number; texts: Record<string, string> };

export interface PasteTarget {
  anchor: CellRef;
  columns: readonly GridColumn[];
  /** How many saved rows the list has; rows at or after it are new. */
  total: number;
  /** The id of a saved row, when it is in the cache. */
  idAt(index: number): string | undefined;
  /** True for a saved row that cannot be changed here (another office's record): the paste leaves it. */
  lockedAt?(index: number): boolean;
}

/**
 * Lays a pasted block over the grid from the anchor cell: rows over saved records update them, the
 * rest create new records. Columns past the last one and read-only columns are skipped; blank lines
 * inside the block are kept as rows only when they overlay saved rows. Locked rows are left as they are
 * and counted apart, so the clerk is told why they did not change.
 */
export function planPaste(block: readonly (readonly string[])[], t: PasteTarget): { ops: PasteOp[]; skipped: number; locked: number } {
  const ops: PasteOp[] = [];
  let skipped = 0;
  let locked = 0;
  block.forEach((cells, i) => {
    const rowIndex = t.anchor.row + i;
    const texts: Record<string, string> = {};
    cells.forEach((text, j) => {
      const col = t.columns[t.anchor.col + j];
      if (col && !col.readOnly) texts[col.key] = text;
    });
    const blank = Object.values(texts).every((v) => v.trim() === '');
    if (rowIndex < t.total) {
      const id = t.idAt(rowIndex);
      if (id === undefined) skipped += 1;
      else if (t.lockedAt?.(rowIndex)) locked += 1;
      else ops.push({ kind: 'update', rowIndex, id, texts });
    } else if (!blank) ops.push({ kind: 'create', rowIndex, texts });
  });
  return { ops, skipped, locked };
}

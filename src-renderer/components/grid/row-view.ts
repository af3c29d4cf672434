import type { GridModel, RowTarget } from './grid-model';
import type { SaveStatus } from './row-book';

/**
 * What one visible row needs to be drawn. Two equal views draw the same, so a row skips redrawing
 * when the model changed elsewhere (a page arriving, another row saving): scrolling stays cheap.
 */
export interface RowView {
  target: RowTarget;
  /** The cached row or local row object: a new object means new values. */
  ref: object | null;
  rev: number;
  epoch: number;
  status: SaveStatus;
  message: string | null;
  /** The cursor's column when the cursor is on this row, else -1. */
  cursorCol: number;
  /** The open editor's column on this row, else -1. */
  editCol: number;
  /** The selected columns on this row when a range is selected, else [-1, -1]. */
  selLeft: number;
  selRight: number;
  /** Why the row cannot be changed here, or null (createGrid's rowLock). */
  lock: string | null;
}

export function rowView(m: GridModel, index: number): RowView {
  const target = m.targetAt(index);
  const state = m.rowState(index);
  const sel = m.selection();
  const selected = m.anchor !== null && index >= sel.top && index <= sel.bottom;
  const ed = m.editing;
  return {
    target,
    ref: target.kind === 'saved' ? target.row : target.kind === 'local' ? target.local : null,
    rev: state?.rev ?? 0,
    epoch: m.epoch,
    status: state?.status ?? 'idle',
    message: state?.message ?? null,
    cursorCol: m.cursor.row === index ? m.cursor.col : -1,
    editCol: ed && ed.cell.row === index ? ed.cell.col : -1,
    selLeft: selected ? sel.left : -1,
    selRight: selected ? sel.right : -1,
    lock: m.lockOf(index),
  };
}

export function sameRowView(a: RowView, b: RowView): boolean {
  return (
    a.target.kind === b.target.kind &&
    a.target.index === b.target.index &&
    a.ref === b.ref &&
    a.rev === b.rev &&
    a.epoch === b.epoch &&
    a.status === b.status &&
    a.message === b.message &&
    a.cursorCol === b.cursorCol &&
    a.editCol === b.editCol &&
    a.selLeft === b.selLeft &&
    a.selRight === b.selRight &&
    a.lock === b.lock
  );
}

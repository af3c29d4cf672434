import { acceptRecord, setRowStatus } from './grid-accept';
import type { GridModel } from './grid-model';
import { entryOfRow, recordOf, versionOfRow } from './row-entry';
import type { CellEntry, CellPatch, GridRow } from './types';

/**
 * A save the core refused because another window or tab saved the row first (CONFLICT): the clerk's
 * values and the record as it is now, kept until the clerk keeps theirs or takes the other.
 */
export interface RowConflict {
  rowId: string;
  /** The row's state key (the record id, or the local key of a row entered here). */
  key: string;
  mine: Record<string, CellEntry>;
  theirs: GridRow;
  /** A refused delete: `mine` is the row as the clerk saw it; keeping mine deletes it after all. */
  deleting?: boolean;
}

/** One field of a conflict, as the conflict bar shows it. */
export interface ConflictLine {
  label: string;
  mine: string;
  theirs: string;
}

/** Keeps a refused save beside the other window's record; the row shows the clerk's text, marked. */
export function openConflict(m: GridModel, c: RowConflict): void {
  m.conflicts = [...m.conflicts.filter((x) => x.rowId !== c.rowId), c];
  m.book.edit(c.key, (s) => {
    for (const k of Object.keys(c.mine)) s.cellErrors[k] = `Cửa sổ khác đã lưu: ${theirText(m, c.theirs, k)}`;
  });
  setRowStatus(m, c.key, 'error', 'Dòng này vừa được sửa ở cửa sổ khác: chọn giữ của bạn hay lấy bản kia.');
}

function theirText(m: GridModel, row: GridRow, key: string): string {
  const col = m.columns.find((c) => c.key === key);
  const text = col ? entryOfRow(row, col).text : String(row[key] ?? '');
  return text === '' ? '(trống)' : text;
}

/** The clashing fields: the clerk's text and the saved one, by column label. */
export function conflictLines(m: GridModel, c: RowConflict): ConflictLine[] {
  return Object.entries(c.mine).map(([k, e]) => ({
    label: m.columns.find((col) => col.key === k)?.label ?? k,
    mine: e.text === '' ? '(trống)' : e.text,
    theirs: theirText(m, c.theirs, k),
  }));
}

function close(m: GridModel, c: RowConflict): void {
  m.conflicts = m.conflicts.filter((x) => x !== c);
  m.book.edit(c.key, (s) => {
    for (const k of Object.keys(c.mine)) delete s.cellErrors[k];
  });
}

/** Takes the other window's record: the clerk's values are dropped, the row shows what is saved. */
export function takeTheirs(m: GridModel, c: RowConflict): void {
  close(m, c);
  acceptRecord(m, c.rowId, c.key, c.theirs, Object.keys(c.mine));
  setRowStatus(m, c.key, 'saved', null);
}

/**
 * A delete refused because another window changed the row after the clerk saw it: the row as seen beside
 * the row as saved, column by column (the changed columns; all of them when none changed).
 */
export function openDeleteConflict(m: GridModel, c: { rowId: string; key: string; seen: GridRow | undefined; theirs: GridRow }): void {
  const seen = Object.fromEntries(m.columns.map((col) => [col.key, c.seen ? entryOfRow(c.seen, col) : { value: null, text: '' }]));
  const saved = (key: string) => {
    const col = m.columns.find((x) => x.key === key);
    return col ? entryOfRow(c.theirs, col).text : '';
  };
  const changed = Object.fromEntries(Object.entries(seen).filter(([k, e]) => e.text !== saved(k)));
  const mine = Object.keys(changed).length > 0 ? changed : seen;
  openConflict(m, { rowId: c.rowId, key: c.key, mine, theirs: c.theirs, deleting: true });
}

/** Saves the clerk's values over the other window's version (a new conflict if it moved again); for a refused delete, deletes. */
export async function keepMine(m: GridModel, c: RowConflict): Promise<void> {
  if (c.deleting) return deleteAfterAll(m, c);
  close(m, c);
  const values: CellPatch = Object.fromEntries(Object.entries(c.mine).map(([k, e]) => [k, e.value]));
  setRowStatus(m, c.key, 'saving', null);
  const res = await m.rowQueues.run(c.key, () => m.source.update(c.rowId, values, versionOfRow(c.theirs)));
  if (res.ok) {
    acceptRecord(m, c.rowId, c.key, recordOf(res.data, c.rowId) ?? { ...c.theirs, ...values }, Object.keys(values));
    setRowStatus(m, c.key, 'saved', null);
  } else if (res.error.code === 'CONFLICT' && res.error.current) {
    openConflict(m, { ...c, theirs: res.error.current });
  } else {
    setRowStatus(m, c.key, 'error', res.error.message);
  }
}

/** Deletes a row another window changed, now that the clerk has seen its new values (a new conflict if it moved again). */
async function deleteAfterAll(m: GridModel, c: RowConflict): Promise<void> {
  close(m, c);
  const res = await m.source.remove(c.rowId, versionOfRow(c.theirs));
  if (res.ok) {
    m.book.removeLocal(c.key);
    await m.reload();
    m.setNotice('Đã xoá 1 dòng.');
  } else if (res.error.code === 'CONFLICT' && res.error.current) {
    openConflict(m, { ...c, theirs: res.error.current });
  } else {
    setRowStatus(m, c.key, 'error', res.error.message);
  }
}

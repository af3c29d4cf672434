import type { Draft, DraftCell } from '../../../src-main/contract/drafts/drafts.contract';
import type { GridModel } from './grid-model';
import { hasUnsaved, type LocalRow } from './row-book';
import type { CellEntry } from './types';

/** Shown on a restored row whose cells could not be read: it is kept, not saved, until fixed. */
const FIX_MESSAGE = 'Chưa lưu: sửa các ô đánh dấu đỏ.';

/** True for a draft key of a row entered here (the others are ids of saved records). */
export const isLocalKey = (key: string): boolean => key.startsWith('local-');

function cellsOf(entries: Record<string, CellEntry>, unreadable: Record<string, string>): DraftCell[] {
  return Object.entries(entries)
    .filter(([, e]) => e.text !== '' || e.value !== null)
    .map(([column, e]) => ({ column, value: e.value, text: e.text, error: unreadable[column] ?? null }));
}

/**
 * The grid's unsaved rows as drafts, by key: rows entered here and not created (new, half-typed or
 * refused) and saved rows showing typed text not saved (a refused date, a failed save).
 */
export function draftsOf(m: GridModel): Map<string, DraftCell[]> {
  const out = new Map<string, DraftCell[]>();
  for (const local of m.book.localRows) {
    if (local.savedId !== null) continue;
    const cells = cellsOf(local.entries, m.book.get(local.key)?.unreadable ?? {});
    if (cells.length > 0) out.set(local.key, cells);
  }
  for (const [key, state] of m.book.allStates()) {
    if (isLocalKey(key) || !hasUnsaved(state)) continue;
    const cells = cellsOf(state.overlay, state.unreadable);
    if (cells.length > 0) out.set(key, cells);
  }
  return out;
}

/** How many rows of the grid are not saved: the footer's "N dòng chưa lưu". */
export function unsavedCount(m: GridModel): number {
  return draftsOf(m).size;
}

/**
 * Puts kept drafts back into the grid: new rows at the bottom, in the order first kept; typed text over
 * the saved rows it belongs to. Cells that could not be read stay red, so the row is not created until
 * they are fixed; a half-typed row waits for the clerk like before. Returns the rows entered here put back.
 */
export function restoreDrafts(m: GridModel, drafts: readonly Draft[]): LocalRow[] {
  const rows: LocalRow[] = [];
  for (const d of drafts) {
    const entries: Record<string, CellEntry> = {};
    const unreadable: Record<string, string> = {};
    for (const c of d.cells) {
      entries[c.column] = { value: c.value, text: c.text };
      if (c.error !== null) unreadable[c.column] = c.error;
    }
    const local = isLocalKey(d.key);
    if (local && m.book.localRows.some((l) => l.key === d.key)) continue;
    if (local) rows.push(m.book.addLocal(entries, d.key));
    const hasErrors = Object.keys(unreadable).length > 0;
    m.book.edit(d.key, (s) => {
      if (!local) Object.assign(s.overlay, entries);
      Object.assign(s.unreadable, unreadable);
      Object.assign(s.cellErrors, unreadable);
      s.status = hasErrors || !local ? 'error' : 'idle';
      s.message = hasErrors ? FIX_MESSAGE : local ? null : 'Chưa lưu: sửa rồi nhấn Enter để lưu.';
    });
  }
  m.changed();
  return rows;
}

/** The draft key of a visible row holding unsaved text, or null. */
export function draftKeyAt(m: GridModel, index: number): string | null {
  const t = m.targetAt(index);
  if (t.kind === 'local') return t.local.savedId === null ? t.local.key : null;
  const key = m.stateKey(t);
  const state = key === null ? undefined : m.book.get(key);
  return key !== null && state !== undefined && hasUnsaved(state) ? key : null;
}

/** Forgets the cursor row's unsaved text (the clerk chose to): a new row goes, a saved row shows what is saved. */
export function discardRowDraft(m: GridModel, index: number): string | null {
  const t = m.targetAt(index);
  if (t.kind === 'local' && t.local.savedId === null) {
    m.book.removeLocal(t.local.key);
    m.changed();
    return t.local.key;
  }
  const key = m.stateKey(t);
  const state = key === null ? undefined : m.book.get(key);
  if (key === null || !state || !hasUnsaved(state)) return null;
  m.book.edit(key, (s) => {
    s.overlay = {};
    s.unreadable = {};
    s.cellErrors = {};
    s.status = 'idle';
    s.message = null;
  });
  m.changed();
  return key;
}

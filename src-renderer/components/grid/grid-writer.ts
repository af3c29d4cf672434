import { convertRow, quickRefusal } from './cell-convert';
import { acceptRecord, lastOwnVersion, setRowStatus } from './grid-accept';
import { openConflict } from './grid-conflict';
import { noteExisting } from './existing-rows';
import { recordOf, versionOfRow } from './row-entry';
import { issuesToCells, missingSummary } from './issues';
import type { GridModel, RowTarget } from './grid-model';
import type { LocalRow } from './row-book';
import type { CellEntry, CellPatch, ExistingMode, GridResult } from './types';
import type { RowChange } from './undo-stack';

/** Input of one row's write: typed text, or an entry already chosen in a picker. */
export type RowInput = Record<string, CellEntry | string>;

/**
 * Saves cells of one row at once through the API: updates a saved record, or, for a row entered
 * here, creates the record as soon as the core accepts it. Cells that cannot be read or that the
 * core rejects are marked and keep what was typed; the other cells are still saved.
 * Returns the change to undo, when a saved record was updated.
 */
export async function writeRow(m: GridModel, target: RowTarget, input: RowInput, edit: EditOrigin = {}): Promise<RowChange | null> {
  if (target.kind === 'loading') return null;
  const t: RowTarget = target.kind === 'new' ? { kind: 'local', index: target.index, local: m.book.addLocal() } : target;
  return m.rowQueues.run(m.stateKey(t) ?? '', () => writeInOrder(m, t, input, edit));
}

/** Where a write comes from: typed in a cell editor (`typed`), opened when the row was at `baseVersion`. */
export interface EditOrigin {
  typed?: boolean;
  baseVersion?: number;
}

async function writeInOrder(m: GridModel, t: RowTarget, input: RowInput, edit: EditOrigin): Promise<RowChange | null> {
  const typed = edit.typed ?? false;
  const key = m.stateKey(t) ?? '';
  const before = t.kind === 'saved' || t.kind === 'local' ? snapshot(m, t, Object.keys(input)) : {};
  const conv = await convertRow(m.columns, input, m.resolveUnit);
  m.book.edit(key, (s) => {
    for (const k of Object.keys(input)) {
      delete s.cellErrors[k];
      delete s.unreadable[k];
    }
    Object.assign(s.cellErrors, conv.errors);
    Object.assign(s.unreadable, conv.errors);
    if (t.kind === 'saved') Object.assign(s.overlay, conv.entries);
  });
  if (t.kind === 'local') Object.assign(t.local.entries, conv.entries);
  const id = t.kind === 'saved' ? t.id : t.kind === 'local' ? t.local.savedId : null;
  m.changed();
  if (t.kind === 'local' && id === null) {
    await createLocal(m, t.local, typed && cursorIn(m, t.local));
    return null;
  }
  if (id === null) return null;
  return updateSaved(m, { id, key, before, values: conv.values, baseVersion: edit.baseVersion });
}

/** The saved cells an edit replaces (never typed text that was not saved): what its undo writes back. */
function snapshot(m: GridModel, t: RowTarget, keys: string[]): Record<string, CellEntry> {
  const out: Record<string, CellEntry> = {};
  for (const k of keys) {
    const col = m.columns.find((c) => c.key === k);
    const entry = col ? m.savedEntry(t.index, col) : null;
    if (entry) out[k] = { ...entry };
  }
  return out;
}

/** True while the cursor is on the row entered here (it may have moved since the row's index was taken). */
function cursorIn(m: GridModel, local: LocalRow): boolean {
  const t = m.targetAt(m.cursor.row);
  return t.kind === 'local' && t.local.key === local.key;
}

/**
 * Checks a row entered here once the clerk leaves it: the create refused while they were still typing
 * it is tried again, and now what is missing is shown. Queued after the write of the cell just left.
 */
/**
 * Checks every row entered here as the cursor leaves it. The check is queued after the move's own write
 * (commitEdit moves first, then writes), so it sees the cell just committed. Returns the unsubscribe.
 */
export function checkRowsOnLeave(m: GridModel): () => void {
  return m.onRowLeft((row) => queueMicrotask(() => checkLeftRow(m, row)));
}

export function checkLeftRow(m: GridModel, index: number): void {
  const t = m.targetAt(index);
  if (t.kind !== 'local' || Object.keys(t.local.entries).length === 0) return;
  const local = t.local;
  void m.rowQueues.run(local.key, async () => {
    if (local.savedId === null && m.book.get(local.key)?.status !== 'saving') await createLocal(m, local, false);
  });
}

/**
 * Creates the record of a row entered here once every readable cell is read; shows what is missing.
 * While the clerk is still typing the row (`stillTyping`), a refusal is kept quiet: the row is checked
 * when they leave it, not cell by cell ("Thiếu: Cấp" after the first cell was noise).
 */
export async function createLocal(m: GridModel, local: LocalRow, stillTyping: boolean, onExisting?: ExistingMode): Promise<void> {
  const unreadable = m.book.get(local.key)?.unreadable ?? {};
  if (Object.keys(unreadable).length > 0) {
    setStatus(m, local.key, 'error', 'Chưa lưu: sửa các ô đánh dấu đỏ.');
    return;
  }
  const values: CellPatch = {};
  for (const [k, e] of Object.entries(local.entries)) if (e.value !== null && e.value !== '') values[k] = e.value;
  setStatus(m, local.key, 'saving', null);
  const res = await m.source.create(values, onExisting);
  if (res.ok) {
    local.savedId = idOf(res.data);
    const record = local.savedId === null ? null : recordOf(res.data, local.savedId);
    // The row now reads as the core stored it; a cell that could not be read keeps its typed text.
    if (record && local.savedId !== null) {
      const keys = m.columns.map((c) => c.key).filter((k) => !(k in unreadable));
      acceptRecord(m, local.savedId, local.key, record, keys);
    }
    m.book.edit(local.key, (s) => (s.cellErrors = {}));
    setStatus(m, local.key, 'saved', null);
    return;
  }
  if (stillTyping && cursorIn(m, local)) {
    m.book.edit(local.key, (s) => (s.cellErrors = { ...unreadable }));
    setStatus(m, local.key, 'idle', null);
    return;
  }
  if (res.error.code === 'EXISTS') {
    // Asked once for every such row of the paste (GridExistingBar), not row by row.
    noteExisting(m, local);
    setStatus(m, local.key, 'error', res.error.message);
    return;
  }
  const found = issuesToCells(res.error, m.columns);
  const missing = missingSummary(found, m.columns, (k) => !local.entries[k]?.text);
  m.book.edit(local.key, (s) => (s.cellErrors = { ...found.cells, ...unreadable }));
  setStatus(m, local.key, 'error', missing ?? found.row ?? res.error.message);
}

interface UpdateJob {
  id: string;
  key: string;
  before: Record<string, CellEntry>;
  values: CellPatch;
  baseVersion?: number;
}

async function updateSaved(m: GridModel, job: UpdateJob): Promise<RowChange | null> {
  let values = job.values;
  if (Object.keys(values).length === 0) {
    setStatus(m, job.key, 'error', 'Chưa lưu: sửa các ô đánh dấu đỏ.');
    return null;
  }
  setStatus(m, job.key, 'saving', null);
  const expected = expectedVersionOf(m, job);
  let res: GridResult<unknown> = await m.source.update(job.id, values, expected);
  if (!res.ok && res.error.code === 'CONFLICT' && res.error.current) {
    openConflict(m, { rowId: job.id, key: job.key, mine: typedEntries(m, job, values), theirs: res.error.current });
    return null;
  }
  if (!res.ok) {
    // The core rejects the whole call; save the cells it did not object to, keep the others marked.
    const found = issuesToCells(res.error, m.columns);
    m.book.edit(job.key, (s) => Object.assign(s.cellErrors, found.cells));
    const rest = Object.fromEntries(Object.entries(values).filter(([k]) => !(k in found.cells)));
    if (Object.keys(found.cells).length === 0 || Object.keys(rest).length === 0) {
      setStatus(m, job.key, 'error', found.row ?? res.error.message);
      return null;
    }
    values = rest;
    res = await m.source.update(job.id, values, expected);
    if (!res.ok) {
      setStatus(m, job.key, 'error', res.error.message);
      return null;
    }
  }
  const record = recordOf(res.data, job.id);
  const after = record ? acceptRecord(m, job.id, job.key, record, Object.keys(values)) : applySaved(m, job.id, job.key, values);
  const partial = Object.keys(values).length < Object.keys(job.values).length;
  setStatus(m, job.key, partial ? 'error' : 'saved', partial ? 'Một số ô chưa lưu: xem ô đánh dấu đỏ.' : null);
  const before = Object.fromEntries(Object.keys(values).map((k) => [k, job.before[k] ?? { value: null, text: '' }]));
  return { rowId: job.id, before, after };
}

/**
 * The version a save is checked against. A typed edit is checked against the version its editor opened
 * on, not the one a live refresh brought in meanwhile (that would save over another window's change the
 * clerk never saw); this grid's own saves since then count as seen.
 */
function expectedVersionOf(m: GridModel, job: UpdateJob): number | undefined {
  const current = versionOfRow(m.savedRow(job.id));
  if (job.baseVersion === undefined || current === undefined) return current;
  return Math.max(job.baseVersion, lastOwnVersion(m, job.id) ?? 0);
}

/** What the clerk typed for the cells of a save (shown beside the other window's values on CONFLICT). */
function typedEntries(m: GridModel, job: UpdateJob, values: CellPatch): Record<string, CellEntry> {
  const state = m.book.get(job.key);
  const local = m.book.localBySavedId(job.id);
  const out: Record<string, CellEntry> = {};
  for (const [k, value] of Object.entries(values)) {
    out[k] = state?.overlay[k] ?? local?.entries[k] ?? { value, text: value === null ? '' : String(value) };
  }
  return out;
}

/** Puts saved values into the cached row (or the local row) and clears their unsaved overlay. */
export function applySaved(m: GridModel, id: string, key: string, values: CellPatch): Record<string, CellEntry> {
  const state = m.book.get(key);
  const local = m.book.localBySavedId(id);
  const after: Record<string, CellEntry> = {};
  const index = m.cache.indexOf(id);
  for (const [k, value] of Object.entries(values)) {
    const col = m.columns.find((c) => c.key === k);
    const entry = state?.overlay[k] ?? local?.entries[k] ?? { value, text: value === null ? '' : String(value) };
    after[k] = { value, text: entry.text };
    const row = index >= 0 ? m.cache.rowAt(index) : undefined;
    if (row) m.cache.setRow(index, { ...row, [k]: value, ...(col?.labelKey ? { [col.labelKey]: entry.text } : {}) });
    if (state) delete state.overlay[k];
    if (local) local.entries[k] = { value, text: entry.text };
  }
  return after;
}

const setStatus = setRowStatus;

function idOf(data: unknown): string | null {
  if (typeof data === 'object' && data !== null && 'id' in data && typeof data.id === 'string') return data.id;
  return null;
}

/** Commits the open editor, saves the cell, records it for undo and moves the cursor. */
export async function commitEdit(m: GridModel, then: 'down' | 'next' | 'prev' | 'stay', picked?: CellEntry): Promise<void> {
  const ed = m.editing;
  if (!ed) return;
  const col = m.columns[ed.cell.col];
  m.editing = null;
  const at = m.targetAt(ed.cell.row);
  // The new-row line becomes a row entered here before the cursor moves, so Enter/Tab stay on it.
  const target: RowTarget = at.kind === 'new' ? { kind: 'local', index: at.index, local: m.book.addLocal() } : at;
  const unchanged = picked === undefined && ed.text === m.cellText(ed.cell.row, ed.cell.col);
  // A refused date or number keeps the cursor on its cell: the error shows there, where it is fixed.
  const refused = !unchanged && picked === undefined && col !== undefined && quickRefusal(col, ed.text) !== null;
  if (then !== 'stay' && !refused) m.move(then, false, 0);
  else m.changed();
  if (!col || unchanged) return;
  const change = await writeRow(m, target, { [col.key]: picked ?? ed.text }, { typed: true, baseVersion: ed.baseVersion });
  if (change) m.undo.push({ label: col.label, changes: [change] });
  m.changed();
}

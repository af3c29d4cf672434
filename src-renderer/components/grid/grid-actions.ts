import { parseTsv, toTsv } from './tsv';
import { planPaste } from './paste-plan';
import { applySaved, writeRow } from './grid-writer';
import { acceptRecord } from './grid-accept';
import { openDeleteConflict } from './grid-conflict';
import { recordOf, versionOfRow } from './row-entry';
import type { GridModel, RowTarget } from './grid-model';
import type { CellPatch } from './types';
import type { RowChange, UndoEntry } from './undo-stack';

/** Undoes the last saved edit by writing the previous values back through the API. */
export function undoLast(m: GridModel): Promise<boolean> {
  return replay(m, true);
}

export function redoLast(m: GridModel): Promise<boolean> {
  return replay(m, false);
}

async function replay(m: GridModel, isUndo: boolean): Promise<boolean> {
  const entry = isUndo ? m.undo.takeUndo() : m.undo.takeRedo();
  if (!entry) {
    m.setNotice(isUndo ? 'Không còn gì để hoàn tác.' : 'Không còn gì để làm lại.');
    return false;
  }
  for (const change of entry.changes) {
    const entries = isUndo ? change.before : change.after;
    const values: CellPatch = Object.fromEntries(Object.entries(entries).map(([k, e]) => [k, e.value]));
    const key = m.book.localBySavedId(change.rowId)?.key ?? change.rowId;
    // An undo is a write like any other: after the row's pending saves, against the version on screen.
    const res = await m.rowQueues.run(key, () => m.source.update(change.rowId, values, versionOfRow(m.savedRow(change.rowId))));
    if (!res.ok) {
      // Another window changed the row: show it as it is now, and keep the step for another try.
      if (res.error.current) acceptRecord(m, change.rowId, key, res.error.current, Object.keys(values));
      m.undo.restoreFailed(entry, isUndo);
      m.setNotice(`${isUndo ? 'Không hoàn tác được' : 'Không làm lại được'}: ${res.error.message}`);
      return false;
    }
    const record = recordOf(res.data, change.rowId);
    if (record) {
      acceptRecord(m, change.rowId, key, record, Object.keys(values));
    } else {
      m.book.edit(key, (s) => Object.assign(s.overlay, entries));
      applySaved(m, change.rowId, key, values);
    }
  }
  m.setNotice(`${isUndo ? 'Đã hoàn tác' : 'Đã làm lại'}: ${entry.label}.`);
  return true;
}

/** Runs `work` over items, a few at a time, reporting progress. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>, tick: () => void): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
      tick();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** What a paste did, for the status bar and tests. */
export interface PasteReport {
  rows: number;
  saved: number;
  failed: number;
  skipped: number;
}

/**
 * Pastes a tab-separated block (as Excel copies it) at the cursor: rows over saved records update
 * them, rows past the end create records. Every row goes through the core; invalid cells are marked
 * with the core's reason and not saved. One undo step reverts the updates of the whole paste.
 */
export async function pasteText(m: GridModel, text: string): Promise<PasteReport> {
  const block = parseTsv(text);
  const anchor = { ...m.cursor };
  await m.ensureRange(anchor.row, anchor.row + block.length);
  const { ops, skipped, locked } = planPaste(block, {
    anchor,
    columns: m.columns,
    total: m.total,
    idAt: (i) => m.cache.rowAt(i)?.id,
    lockedAt: (i) => m.lockOf(i) !== null,
  });
  // Rows past the end become rows entered here now, in order, before any save runs.
  const jobs = ops.map((op) => ({ texts: op.texts, target: toTarget(m, op.rowIndex) }));
  const changes: RowChange[] = [];
  const report: PasteReport = { rows: jobs.length, saved: 0, failed: 0, skipped };
  m.progress = { label: 'Đang dán', done: 0, total: jobs.length };
  m.changed();
  await eachLimited(
    jobs,
    4,
    async (job) => {
      const change = await writeRow(m, job.target, job.texts);
      if (change) changes.push(change);
      const key = m.stateKey(job.target);
      const state = key === null ? undefined : m.book.get(key);
      if (state?.status === 'saved') report.saved += 1;
      else report.failed += 1;
    },
    () => {
      if (m.progress) m.progress.done += 1;
      m.changed();
    },
  );
  m.progress = null;
  if (changes.length > 0) m.undo.push({ label: `dán ${changes.length} dòng`, changes });
  // The status bar recounts this paste's rows from their states (paste-summary.ts) as errors are fixed.
  m.setNotice(null);
  m.lastPaste = { keys: jobs.flatMap((job) => m.stateKey(job.target) ?? []), skipped, locked };
  m.changed();
  return report;
}

function toTarget(m: GridModel, index: number): RowTarget {
  const t = m.targetAt(index);
  return t.kind === 'new' ? { kind: 'local', index, local: m.book.addLocal() } : t;
}

/** The selected cells as Excel takes them from the clipboard. */
export function copySelection(m: GridModel): string {
  const r = m.selection();
  const rows: string[][] = [];
  for (let i = r.top; i <= r.bottom; i += 1) {
    const cells: string[] = [];
    for (let j = r.left; j <= r.right; j += 1) cells.push(m.cellText(i, j));
    rows.push(cells);
  }
  return toTsv(rows);
}

/**
 * The rows the selection covers that a delete would remove (saved or entered here). Locked rows are
 * left out, and the notice says why they stay.
 */
export function rowsToDelete(m: GridModel): RowTarget[] {
  const r = m.selection();
  const out: RowTarget[] = [];
  let firstLock: string | null = null;
  let locked = 0;
  for (let i = r.top; i <= r.bottom; i += 1) {
    const t = m.targetAt(i);
    const lock = m.lockOf(i);
    if (lock !== null) {
      locked += 1;
      firstLock ??= lock;
    } else if (t.kind === 'saved' || t.kind === 'local') out.push(t);
  }
  if (firstLock !== null) m.setNotice(locked === 1 ? `Không xoá được: ${firstLock}` : `${locked} dòng không xoá được: ${firstLock}`);
  return out;
}

/**
 * Deletes rows (after the view asked for confirmation) and reloads the list. A row another window changed
 * since the clerk saw it is not deleted: it waits in the conflict bar, as seen beside as saved.
 */
export async function deleteRows(m: GridModel, targets: readonly RowTarget[]): Promise<number> {
  let failed = 0;
  let stale = 0;
  let firstError = '';
  for (const t of targets) {
    const id = t.kind === 'saved' ? t.id : t.kind === 'local' ? t.local.savedId : null;
    if (id !== null) {
      // Checked against the row as it was when the clerk asked to delete it, not as a live refresh has it since.
      const seen = t.kind === 'saved' ? t.row : m.savedRow(id);
      const res = await m.source.remove(id, versionOfRow(seen));
      if (!res.ok && res.error.code === 'CONFLICT' && res.error.current) {
        stale += 1;
        openDeleteConflict(m, { rowId: id, key: m.stateKey(t) ?? id, seen, theirs: res.error.current });
        continue;
      }
      if (!res.ok) {
        failed += 1;
        firstError ||= res.error.message;
        continue;
      }
    }
    if (t.kind === 'local') m.book.removeLocal(t.local.key);
  }
  await m.reload();
  m.setNotice(deleteNotice(targets.length - failed - stale, stale, failed, firstError));
  return targets.length - failed - stale;
}

function deleteNotice(deleted: number, stale: number, failed: number, firstError: string): string {
  const parts = deleted > 0 || (stale === 0 && failed === 0) ? [`Đã xoá ${deleted} dòng.`] : [];
  if (stale > 0) parts.push(`${stale} dòng vừa được sửa ở cửa sổ khác, chưa xoá: xem bên dưới.`);
  if (failed > 0) parts.push(`Không xoá được ${failed} dòng: ${firstError}`);
  return parts.join(' ');
}

export type { UndoEntry };

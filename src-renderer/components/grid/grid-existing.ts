import { endAnswer, existingCount, isAnswering, startAnswer } from './existing-rows';
import { createLocal } from './grid-writer';
import { draftsSettled } from './grid-drafts';
import type { GridModel } from './grid-model';
import type { LocalRow } from './row-book';
import type { ExistingMode } from './types';

export { existingCount, isAnswering };

/** The question, with the number of rows it is about (one question per paste). */
export function existingQuestion(count: number): string {
  return `${count} dòng trùng đơn vị/tháng đã có:`;
}

/**
 * Applies the clerk's answer to every row that waits for it: replace or add saves each row again with
 * that mode; skip drops the rows (the stored ones stay as they were). The question stays on screen until
 * the answer is applied and the rows' drafts are gone from the core: a reload or a crash before that
 * brings the rows back, and they ask again (askAgain), rather than losing half an answer silently.
 */
export async function answerExisting(m: GridModel, mode: ExistingMode): Promise<void> {
  const rows = startAnswer(m);
  m.changed();
  try {
    const notice = mode === 'skip' ? skip(m, rows) : await save(m, rows, mode);
    if (mode !== 'skip') await m.reload();
    await draftsSettled(m);
    m.setNotice(notice);
  } finally {
    endAnswer(m);
    m.changed();
  }
}

function skip(m: GridModel, rows: readonly LocalRow[]): string {
  for (const local of rows) m.book.removeLocal(local.key);
  return `Đã bỏ qua ${rows.length} dòng trùng; dòng đã có giữ nguyên.`;
}

async function save(m: GridModel, rows: readonly LocalRow[], mode: ExistingMode): Promise<string> {
  let failed = 0;
  for (const local of rows) {
    await m.rowQueues.run(local.key, () => createLocal(m, local, false, mode));
    if (local.savedId === null) failed += 1;
  }
  const done = mode === 'add' ? 'cộng thêm vào' : 'thay thế';
  return `Đã ${done} ${rows.length - failed} dòng đã có${failed > 0 ? `; ${failed} dòng chưa lưu được` : ''}.`;
}

/**
 * Rows put back from drafts (after a reload, a crash or a restart) in a grid that asks about existing
 * keys: each is tried again, so one that was waiting for the question joins it again instead of sitting
 * there unsaved and unasked. A row that cannot be read yet stays marked, as before.
 */
export async function askAgain(m: GridModel, rows: readonly LocalRow[]): Promise<void> {
  if (rows.length === 0) return;
  // One after another, shown as progress: the question is asked once, for all of them.
  m.progress = { label: 'Đang kiểm tra dòng chưa lưu', done: 0, total: rows.length };
  try {
    for (const local of rows) {
      await m.rowQueues.run(local.key, () => createLocal(m, local, false));
      if (m.progress) m.progress.done += 1;
    }
  } finally {
    m.progress = null;
    m.changed();
  }
}

import { existingCount, takeExisting } from './existing-rows';
import { createLocal } from './grid-writer';
import type { GridModel } from './grid-model';
import type { ExistingMode } from './types';

export { existingCount };

/** The question, with the number of rows it is about (one question per paste). */
export function existingQuestion(count: number): string {
  return `${count} dòng trùng đơn vị/tháng đã có:`;
}

/**
 * Applies the clerk's answer to every row that waits for it: replace or add saves each row again with
 * that mode; skip drops the rows (the stored ones stay as they were). The list is read again after,
 * so the rows that were replaced or added to show what is stored.
 */
export async function answerExisting(m: GridModel, mode: ExistingMode): Promise<void> {
  const rows = takeExisting(m);
  m.changed();
  if (mode === 'skip') {
    for (const local of rows) m.book.removeLocal(local.key);
    m.setNotice(`Đã bỏ qua ${rows.length} dòng trùng; dòng đã có giữ nguyên.`);
    m.changed();
    return;
  }
  let failed = 0;
  for (const local of rows) {
    await m.rowQueues.run(local.key, () => createLocal(m, local, false, mode));
    if (local.savedId === null) failed += 1;
  }
  await m.reload();
  const done = mode === 'add' ? 'cộng thêm vào' : 'thay thế';
  m.setNotice(`Đã ${done} ${rows.length - failed} dòng đã có${failed > 0 ? `; ${failed} dòng chưa lưu được` : ''}.`);
}

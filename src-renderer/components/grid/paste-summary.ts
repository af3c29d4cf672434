import type { GridModel } from './grid-model';

/**
 * The status line of the last paste, counted again from the rows' states each time it is drawn: fixing
 * a marked cell turns "3 có lỗi" into "2 có lỗi" at once, instead of a sentence frozen at paste time.
 */
export function pasteSummary(m: GridModel): string | null {
  const paste = m.lastPaste;
  if (!paste) return null;
  let failed = 0;
  let saving = 0;
  for (const key of paste.keys) {
    const status = m.book.get(key)?.status;
    if (status === 'error') failed += 1;
    else if (status === 'saving') saving += 1;
  }
  const saved = paste.keys.length - failed - saving;
  const parts = [`${saved} đã lưu`, ...(saving ? [`${saving} đang lưu`] : []), `${failed} có lỗi`];
  if (paste.skipped) parts.push(`${paste.skipped} bỏ qua`);
  if (paste.locked) parts.push(`${paste.locked} của đơn vị khác, không sửa`);
  return `Đã dán ${paste.keys.length} dòng: ${parts.join(', ')}.`;
}

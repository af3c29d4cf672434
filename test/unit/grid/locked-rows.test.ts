import { describe, expect, it } from 'vitest';
import { GridModel } from '../../../src-renderer/components/grid/grid-model';
import { commitEdit } from '../../../src-renderer/components/grid/grid-writer';
import { deleteRows, pasteText, rowsToDelete } from '../../../src-renderer/components/grid/grid-actions';
import { pasteSummary } from '../../../src-renderer/components/grid/paste-summary';
import { rowView } from '../../../src-renderer/components/grid/row-view';
import { originLock } from '../../../src-renderer/stores/originColumn';
import { FakeSource, fakeColumns, resolveUnit } from './fake-source';

/**
 * Rows another office owns (issue 13 item 4): the grid offers no edit, paste or delete on them and
 * says whose they are; the office's own rows behave as before.
 */
async function gridWithForeignRows() {
  const source = new FakeSource(4);
  // Rows 1 and 2 came in a district's package.
  for (const i of [1, 2]) Object.assign(source.rows[i]!, { fromOtherOffice: true, originOfficeName: 'Công an huyện An' });
  const m = new GridModel({ id: 't', columns: fakeColumns, source, resolveUnit, storage: null, pageSize: 50, rowLock: originLock });
  await m.reload();
  const writes = () => source.calls.filter((c) => !c.startsWith('list'));
  return { source, m, writes };
}

const LOCK = 'Bản ghi của Công an huyện An: chỉ đơn vị đó sửa được qua gói dữ liệu.';

describe('rows of another office in the grid', () => {
  it('names the office in the lock, and none for own rows', async () => {
    const { m } = await gridWithForeignRows();
    expect(m.lockOf(0)).toBeNull();
    expect(m.lockOf(1)).toBe(LOCK);
    expect(rowView(m, 1).lock).toBe(LOCK);
    expect(rowView(m, 3).lock).toBeNull();
  });

  it('opens no editor on a locked row (typing, F2, the side panel) and says why', async () => {
    const { m, writes } = await gridWithForeignRows();
    m.moveTo({ row: 1, col: 0 });
    expect(m.startEdit('X')).toBe(false);
    expect(m.editing).toBeNull();
    expect(m.notice).toBe(LOCK);
    await commitEdit(m, 'stay');
    expect(writes()).toEqual([]);
    m.moveTo({ row: 0, col: 0 });
    expect(m.startEdit('Tổ mới')).toBe(true);
    await commitEdit(m, 'stay');
    expect(writes()).toEqual(['update id1 {"name":"Tổ mới"}']);
  });

  it('leaves locked rows out of a paste, saves the own rows and counts the locked ones', async () => {
    const { source, m, writes } = await gridWithForeignRows();
    m.moveTo({ row: 0, col: 0 });
    await pasteText(m, 'A\t1\nB\t2\nC\t3\nD\t4\n');
    expect(source.rows.map((r) => r.name)).toEqual(['A', 'Tổ 1', 'Tổ 2', 'D']);
    expect(writes().every((c) => !c.includes('id2') && !c.includes('id3'))).toBe(true);
    expect(pasteSummary(m)).toBe('Đã dán 2 dòng: 2 đã lưu, 0 có lỗi, 2 của đơn vị khác, không sửa.');
  });

  it('deletes only the own rows of a selection and says which stayed', async () => {
    const { source, m } = await gridWithForeignRows();
    m.moveTo({ row: 0, col: 0 });
    m.moveTo({ row: 3, col: 0 }, true);
    const rows = rowsToDelete(m);
    expect(rows.map((t) => t.index)).toEqual([0, 3]);
    expect(m.notice).toBe(`2 dòng không xoá được: ${LOCK}`);
    await deleteRows(m, rows);
    expect(source.rows.map((r) => r.id)).toEqual(['id2', 'id3']);
  });

  it('asks nothing when every selected row is locked', async () => {
    const { m } = await gridWithForeignRows();
    m.moveTo({ row: 2, col: 1 });
    expect(rowsToDelete(m)).toEqual([]);
    expect(m.notice).toBe(`Không xoá được: ${LOCK}`);
  });
});

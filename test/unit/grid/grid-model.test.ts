import { describe, expect, it } from 'vitest';
import { GridModel } from '../../../src-renderer/components/grid/grid-model';
import { checkRowsOnLeave, commitEdit } from '../../../src-renderer/components/grid/grid-writer';
import { copySelection, deleteRows, pasteText, redoLast, rowsToDelete, undoLast } from '../../../src-renderer/components/grid/grid-actions';
import type { KeyValueStorage } from '../../../src-renderer/components/grid/undo-stack';
import { FakeSource, fakeColumns, resolveUnit } from './fake-source';

class MapStorage implements KeyValueStorage {
  readonly map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
}

async function gridOver(source: FakeSource, storage: KeyValueStorage | null = null) {
  const m = new GridModel({ id: 't', columns: fakeColumns, source, resolveUnit, storage, pageSize: 50 });
  checkRowsOnLeave(m);
  await m.reload();
  return m;
}

/** Lets the checks queued when the cursor left a row run (the fake source answers at once). */
const flush = () => new Promise((resolve) => setTimeout(resolve, 10));

async function type(m: GridModel, row: number, col: number, text: string, then: 'down' | 'next' | 'stay' = 'stay') {
  m.moveTo({ row, col });
  m.startEdit(text);
  await commitEdit(m, then);
}

describe('the grid over a list', () => {
  it('fetches only the pages on screen and drops far ones', async () => {
    const source = new FakeSource(100_000);
    const m = await gridOver(source);
    expect(m.total).toBe(100_000);
    await m.ensureRange(50_000, 50_030);
    expect(m.cellText(50_010, 0)).toBe('Tổ 50010');
    for (let start = 0; start < 5000; start += 500) await m.ensureRange(start, start + 30);
    expect(m.cache.heldPages).toBeLessThanOrEqual(10);
  });

  it('saves an edit at once, shows it saved, and undoes it through the API (also after a reload)', async () => {
    const source = new FakeSource(3);
    const storage = new MapStorage();
    const m = await gridOver(source, storage);
    await type(m, 1, 0, 'Tổ tự quản số 1');
    expect(source.rows[1]?.name).toBe('Tổ tự quản số 1');
    expect(m.rowState(1)?.status).toBe('saved');
    const again = await gridOver(source, storage);
    expect(await undoLast(again)).toBe(true);
    expect(source.rows[1]?.name).toBe('Tổ 1');
    expect(again.cellText(1, 0)).toBe('Tổ 1');
    expect(await redoLast(again)).toBe(true);
    expect(source.rows[1]?.name).toBe('Tổ tự quản số 1');
  });

  it('keeps what the clerk typed and shows why when a save fails', async () => {
    const source = new FakeSource(2);
    const m = await gridOver(source);
    await type(m, 0, 1, '-3');
    expect(source.rows[0]?.count).toBe(0);
    expect(m.cellText(0, 1)).toBe('-3');
    expect(m.cellError(0, 1)).toBe('Số lượng phải là số nguyên không âm.');
    expect(m.rowState(0)?.status).toBe('error');
    await type(m, 0, 1, 'mười');
    expect(m.cellError(0, 1)).toBe('"mười" không phải là số.');
    expect(source.calls.filter((c) => c.startsWith('update')).length).toBe(1);
  });

  it('creates a record from the new-row line once it is valid, saying what is missing until then', async () => {
    const source = new FakeSource(2);
    const m = await gridOver(source);
    await type(m, 2, 0, 'Tiếng kẻng an ninh', 'next');
    // Still in the row: the refused create is kept quiet until the clerk leaves the row (issue 10 item 10).
    expect(m.rowState(2)?.status).toBe('idle');
    expect(m.rowState(2)?.message).toBeNull();
    expect(m.cursor).toEqual({ row: 2, col: 1 });
    m.moveTo({ row: 0, col: 0 });
    await flush();
    expect(m.rowState(2)?.message).toBe('Thiếu: Đơn vị');
    await type(m, 2, 2, 'xã an bình');
    expect(m.cellError(2, 2)).toBe('Không tìm thấy đơn vị "xã an bình".');
    await type(m, 2, 2, 'AB');
    expect(source.rows).toHaveLength(3);
    expect(m.rowState(2)?.status).toBe('saved');
    await type(m, 2, 1, '4');
    expect(source.rows[2]?.count).toBe(4);
    expect(m.rowCount).toBe(4);
  });

  it('keeps retrying a new row after the core rejected a filled cell, until it is fixed', async () => {
    const source = new FakeSource(0);
    const m = await gridOver(source);
    await type(m, 0, 0, 'Tổ A');
    await type(m, 0, 1, '-3');
    await type(m, 0, 2, 'AB');
    expect(source.rows).toHaveLength(0);
    expect(m.cellError(0, 1)).toBeUndefined();
    // Leaving the row shows why the core refused it.
    m.moveTo({ row: 1, col: 0 });
    await flush();
    expect(source.rows).toHaveLength(0);
    expect(m.cellError(0, 1)).toBe('Số lượng phải là số nguyên không âm.');
    await type(m, 0, 1, '3');
    expect(source.rows).toHaveLength(1);
    expect(m.cellError(0, 1)).toBeUndefined();
  });

  it('pastes 100 rows with 3 invalid cells: 97 saved, 3 marked and kept', async () => {
    const source = new FakeSource(0);
    const m = await gridOver(source);
    const lines = Array.from(
      { length: 100 },
      (_, i) => `Mô hình ${i}\t${i === 10 ? 'abc' : i === 50 ? '-1' : String(i)}\t${i === 70 ? 'Xã Không Có' : 'AB'}`,
    );
    const report = await pasteText(m, lines.join('\r\n') + '\r\n');
    expect(report).toEqual({ rows: 100, saved: 97, failed: 3, skipped: 0 });
    expect(source.rows).toHaveLength(97);
    expect(m.cellError(10, 1)).toBe('"abc" không phải là số.');
    expect(m.cellError(50, 1)).toBe('Số lượng phải là số nguyên không âm.');
    expect(m.cellText(70, 2)).toBe('Xã Không Có');
    expect(m.progress).toBeNull();
  });

  it('pastes over saved rows as one undo step, saving the valid cells of a row with an invalid one', async () => {
    const source = new FakeSource(3);
    const m = await gridOver(source);
    m.moveTo({ row: 0, col: 0 });
    await pasteText(m, 'A\t5\r\nB\t-2\r\n');
    expect(source.rows.map((r) => [r.name, r.count])).toEqual([
      ['A', 5],
      ['B', 1],
      ['Tổ 2', 2],
    ]);
    expect(m.cellError(1, 1)).toBeDefined();
    await undoLast(m);
    expect(source.rows.map((r) => [r.name, r.count])).toEqual([
      ['Tổ 0', 0],
      ['Tổ 1', 1],
      ['Tổ 2', 2],
    ]);
  });

  it('searches and filters through the list query', async () => {
    const source = new FakeSource(0);
    source.rows.push({ id: 'a', name: 'Đặng Văn Lâm' }, { id: 'b', name: 'Nguyễn Văn An' });
    const m = await gridOver(source);
    await m.setSearch('dang');
    expect(m.total).toBe(1);
    expect(m.cellText(0, 0)).toBe('Đặng Văn Lâm');
    await m.setSearch('');
    await m.toggleSort(fakeColumns[0]!);
    expect(m.sort).toEqual([{ column: 'name', dir: 'asc' }]);
  });

  it('copies the selection as Excel text and deletes the selected rows', async () => {
    const source = new FakeSource(3);
    const m = await gridOver(source);
    m.moveTo({ row: 0, col: 0 });
    m.moveTo({ row: 1, col: 1 }, true);
    expect(copySelection(m)).toBe('Tổ 0\t0\r\nTổ 1\t1\r\n');
    expect(await deleteRows(m, rowsToDelete(m))).toBe(2);
    expect(source.rows.map((r) => r.name)).toEqual(['Tổ 2']);
    expect(m.total).toBe(1);
  });
});

describe('saving a new row while its create is still running', () => {
  it('waits for the create and then updates the record instead of creating it twice', async () => {
    const source = new FakeSource(0);
    let release: () => void = () => undefined;
    const create = source.create.bind(source);
    source.create = async (values) => {
      if (values.unitId) await new Promise<void>((r) => (release = r));
      return create(values);
    };
    const m = new GridModel({ id: 't', columns: fakeColumns, source, resolveUnit, pageSize: 50 });
    await m.reload();
    await type(m, 0, 0, 'Tổ A');
    m.moveTo({ row: 0, col: 2 });
    m.startEdit('AB');
    const first = commitEdit(m, 'stay');
    await new Promise((r) => setTimeout(r, 10));
    m.moveTo({ row: 0, col: 1 });
    m.startEdit('4');
    const second = commitEdit(m, 'stay');
    await new Promise((r) => setTimeout(r, 10));
    release();
    await Promise.all([first, second]);
    expect(source.rows).toHaveLength(1);
    expect(source.rows[0]?.count).toBe(4);
  });
});

describe('fetching while the clerk scrolls fast', () => {
  it('asks only for where the view is now, never for pages already scrolled past', async () => {
    const source = new FakeSource(100_000);
    const m = new GridModel({ id: 't', columns: fakeColumns, source, resolveUnit, pageSize: 100 });
    await m.reload();
    source.calls = [];
    m.setVisible(50_000, 50_030);
    m.setVisible(70_000, 70_030);
    m.setVisible(90_000, 90_030);
    await new Promise((r) => setTimeout(r, 50));
    expect(source.calls.some((c) => c.startsWith('list 70'))).toBe(false);
    expect(source.calls).toContain('list 90000');
    expect(m.cellText(90_010, 0)).toBe('Tổ 90010');
  });
});

import { describe, expect, it } from 'vitest';
import { issuesToCells, missingSummary } from '../../../src-renderer/components/grid/issues';
import { PageCache } from '../../../src-renderer/components/grid/page-cache';
import { UndoStack, type KeyValueStorage } from '../../../src-renderer/components/grid/undo-stack';
import type { GridColumn } from '../../../src-renderer/components/grid/types';

const columns: GridColumn[] = [
  { key: 'name', label: 'Tên', type: 'text', width: 100 },
  { key: 'unitId', label: 'Đơn vị', type: 'unit', width: 100, labelKey: 'unitName' },
];

describe('API issues on cells', () => {
  it('finds the column wherever the field sits in the path', () => {
    const r = issuesToCells(
      {
        code: 'VALIDATION',
        message: 'x',
        issues: [
          { path: ['patch', 'name'], message: 'Bắt buộc' },
          { path: ['rows', 3, 'unitName'], message: 'Sai đơn vị' },
        ],
      },
      columns,
    );
    expect(r).toEqual({ cells: { name: 'Bắt buộc', unitId: 'Sai đơn vị' }, row: null });
  });

  it('gives issues on no column, or an error without issues, to the row', () => {
    expect(issuesToCells({ code: 'CONFLICT', message: 'Đã có bản ghi' }, columns)).toEqual({ cells: {}, row: 'Đã có bản ghi' });
    expect(issuesToCells({ code: 'VALIDATION', message: 'x', issues: [{ path: ['year'], message: 'Năm sai' }] }, columns).row).toBe(
      'Năm sai',
    );
  });

  it('lists what a new row is missing', () => {
    const r = issuesToCells(
      {
        code: 'VALIDATION',
        message: 'x',
        issues: [
          { path: ['name'], message: 'a' },
          { path: ['unitId'], message: 'b' },
        ],
      },
      columns,
    );
    expect(missingSummary(r, columns, (k) => k === 'unitId')).toBe('Thiếu: Đơn vị');
  });
});

class MapStorage implements KeyValueStorage {
  readonly map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
}

describe('the undo stack', () => {
  const entry = (n: number) => ({
    label: `e${n}`,
    changes: [{ rowId: 'r', before: { name: { value: `a${n}`, text: `a${n}` } }, after: { name: { value: `b${n}`, text: `b${n}` } } }],
  });

  it('undoes in reverse order, redoes, and a new edit clears redo', () => {
    const s = new UndoStack(null, 'k');
    s.push(entry(1));
    s.push(entry(2));
    expect(s.takeUndo()?.label).toBe('e2');
    expect(s.takeRedo()?.label).toBe('e2');
    expect(s.takeUndo()?.label).toBe('e2');
    s.push(entry(3));
    expect(s.canRedo).toBe(false);
    expect(s.takeUndo()?.label).toBe('e3');
    expect(s.takeUndo()?.label).toBe('e1');
    expect(s.takeUndo()).toBeNull();
  });

  it('survives a reload through the storage and ignores damaged data', () => {
    const storage = new MapStorage();
    new UndoStack(storage, 'grid-undo:models').push(entry(1));
    expect(new UndoStack(storage, 'grid-undo:models').takeUndo()?.label).toBe('e1');
    storage.setItem('grid-undo:x', '{not json');
    expect(new UndoStack(storage, 'grid-undo:x').canUndo).toBe(false);
  });

  it('puts a step back when its undo failed to save', () => {
    const s = new UndoStack(null, 'k');
    s.push(entry(1));
    const e = s.takeUndo();
    if (e) s.restoreFailed(e, true);
    expect(s.canUndo).toBe(true);
    expect(s.canRedo).toBe(false);
  });
});

describe('the page cache', () => {
  it('asks only for pages of the visible range that are neither held nor pending', () => {
    const c = new PageCache(100, 3);
    expect(c.missingPages(150, 320, 1000)).toEqual([1, 2, 3]);
    c.markPending(1);
    c.put(2, []);
    expect(c.missingPages(150, 320, 1000)).toEqual([3]);
    expect(c.missingPages(950, 1200, 1000)).toEqual([9]);
  });

  it('keeps only the pages nearest the visible rows', () => {
    const c = new PageCache(10, 3);
    for (let p = 0; p < 8; p += 1) c.put(p, [{ id: `r${p * 10}` }]);
    c.evictAround(55);
    expect(c.heldPages).toBe(3);
    expect(c.rowAt(50)?.id).toBe('r50');
    expect(c.rowAt(0)).toBeUndefined();
  });
});

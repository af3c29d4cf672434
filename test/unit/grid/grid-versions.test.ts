import { describe, expect, it } from 'vitest';
import { GridModel } from '../../../src-renderer/components/grid/grid-model';
import { commitEdit } from '../../../src-renderer/components/grid/grid-writer';
import { redoLast, undoLast } from '../../../src-renderer/components/grid/grid-actions';
import { conflictLines, keepMine, takeTheirs } from '../../../src-renderer/components/grid/grid-conflict';
import { fakeColumns, resolveUnit } from './fake-source';
import { VersionedSource } from './versioned-source';

async function window(source: VersionedSource) {
  const m = new GridModel({ id: 't', columns: fakeColumns, source, resolveUnit, storage: null, pageSize: 50 });
  await m.reload();
  return m;
}

async function type(m: GridModel, row: number, col: number, text: string) {
  m.moveTo({ row, col });
  m.startEdit(text);
  await commitEdit(m, 'stay');
}

/** Issue 10 items 2 and 4 in the headless grid: two windows over one list, and undo as a versioned write. */
describe('grid versions and conflicts', () => {
  it("refuses the second window's stale save, shows both values, and keeps the other until the clerk chooses", async () => {
    const source = new VersionedSource(2);
    const a = await window(source);
    const b = await window(source);
    await type(a, 0, 0, 'Tab A');
    await type(b, 0, 0, 'Tab B');
    expect(source.rows[0]?.name).toBe('Tab A');
    expect(b.conflicts).toHaveLength(1);
    const conflict = b.conflicts[0];
    if (!conflict) throw new Error('no conflict');
    expect(conflictLines(b, conflict)).toEqual([{ label: 'Tên mô hình', mine: 'Tab B', theirs: 'Tab A' }]);
    expect(b.cellText(0, 0)).toBe('Tab B');
    await keepMine(b, conflict);
    expect(source.rows[0]).toMatchObject({ name: 'Tab B', version: 3 });
    expect(b.conflicts).toHaveLength(0);
    expect(b.rowState(0)?.status).toBe('saved');
  });

  it('checks a save against the version its editor opened on, even when a live refresh came in meanwhile', async () => {
    const source = new VersionedSource(1);
    const a = await window(source);
    const b = await window(source);
    b.moveTo({ row: 0, col: 0 });
    b.startEdit('Tab B');
    await type(a, 0, 0, 'Tab A');
    // The change feed refreshes b while its editor is open: the clerk has not seen "Tab A".
    await b.refresh();
    await commitEdit(b, 'stay');
    expect(source.rows[0]?.name).toBe('Tab A');
    expect(b.conflicts).toHaveLength(1);
    // Its own saves count as seen: the next edit of the same row goes through after keeping it.
    const conflict = b.conflicts[0];
    if (!conflict) throw new Error('no conflict');
    await keepMine(b, conflict);
    await type(b, 0, 1, '4');
    expect(source.rows[0]).toMatchObject({ name: 'Tab B', count: 4 });
  });

  it("takes the other window's value: the cell then shows what is saved", async () => {
    const source = new VersionedSource(1);
    const a = await window(source);
    const b = await window(source);
    await type(a, 0, 1, '7');
    await type(b, 0, 1, '9');
    const conflict = b.conflicts[0];
    if (!conflict) throw new Error('no conflict');
    takeTheirs(b, conflict);
    expect(b.cellText(0, 1)).toBe('7');
    expect(source.rows[0]?.count).toBe(7);
    // The next save from b is made against the version it now shows, so it goes through.
    await type(b, 0, 1, '8');
    expect(source.rows[0]).toMatchObject({ count: 8, version: 3 });
  });

  it('undoes to the saved value, never to text that was typed and refused', async () => {
    const source = new VersionedSource(1);
    const m = await window(source);
    await type(m, 0, 1, '5');
    await type(m, 0, 1, 'năm');
    expect(m.cellText(0, 1)).toBe('năm');
    await type(m, 0, 1, '6');
    expect(await undoLast(m)).toBe(true);
    expect(source.rows[0]?.count).toBe(5);
    expect(m.cellText(0, 1)).toBe('5');
    const reloaded = await window(source);
    expect(reloaded.cellText(0, 1)).toBe(m.cellText(0, 1));
    expect(await redoLast(m)).toBe(true);
    expect([source.rows[0]?.count, m.cellText(0, 1)]).toEqual([6, '6']);
  });

  it("an undo over another window's change is refused and shows the change", async () => {
    const source = new VersionedSource(1);
    const a = await window(source);
    const b = await window(source);
    await type(a, 0, 0, 'A1');
    await b.reload();
    await type(b, 0, 0, 'B1');
    expect(await undoLast(a)).toBe(false);
    expect(source.rows[0]?.name).toBe('B1');
    expect(a.cellText(0, 0)).toBe('B1');
    expect(a.notice).toMatch(/Không hoàn tác được/);
  });
});

import { describe, expect, it } from 'vitest';
import { GridModel } from '../../../src-renderer/components/grid/grid-model';
import { rowView, sameRowView } from '../../../src-renderer/components/grid/row-view';
import { commitEdit } from '../../../src-renderer/components/grid/grid-writer';
import { FakeSource, fakeColumns, resolveUnit } from './fake-source';

describe('redrawing only the rows that changed', () => {
  it('keeps a row unchanged when another row is edited, and changes it when the cursor or its data moves', async () => {
    const m = new GridModel({ id: 't', columns: fakeColumns, source: new FakeSource(5), resolveUnit });
    await m.reload();
    const before3 = rowView(m, 3);
    const before1 = rowView(m, 1);
    m.moveTo({ row: 1, col: 0 });
    m.startEdit('Tổ mới');
    await commitEdit(m, 'stay');
    expect(sameRowView(before3, rowView(m, 3))).toBe(true);
    expect(sameRowView(before1, rowView(m, 1))).toBe(false);
    const after1 = rowView(m, 1);
    m.moveTo({ row: 3, col: 1 });
    expect(sameRowView(after1, rowView(m, 1))).toBe(false);
    expect(rowView(m, 3).cursorCol).toBe(1);
    const row4 = rowView(m, 4);
    m.redraw();
    expect(sameRowView(row4, rowView(m, 4))).toBe(false);
  });
});

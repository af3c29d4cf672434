import { describe, expect, it } from 'vitest';
import { GridModel } from '../../../src-renderer/components/grid/grid-model';
import { FakeSource, fakeColumns, resolveUnit } from './fake-source';

describe('the new-row line', () => {
  it('is not offered before the first page is in, nor while kept drafts are on their way', async () => {
    const m = new GridModel({ id: 't', columns: fakeColumns, source: new FakeSource(3), resolveUnit, storage: null, pageSize: 50 });
    // Before the list arrives the line would be row 0, where a saved row then goes: typing there is refused.
    expect(m.targetAt(0).kind).toBe('loading');
    expect(m.startEdit('x')).toBe(false);
    m.awaitingDrafts = true;
    await m.reload();
    expect(m.targetAt(3).kind).toBe('loading');
    m.awaitingDrafts = false;
    expect(m.targetAt(3).kind).toBe('new');
    expect(m.settled).toBe(true);
  });
});

describe('a grid where rows cannot be added (a viewer)', () => {
  it('ends with the last saved row: no new-row line, nothing to type into below it', async () => {
    const m = new GridModel({
      id: 't',
      columns: fakeColumns,
      source: new FakeSource(3),
      resolveUnit,
      storage: null,
      pageSize: 50,
      appendable: false,
    });
    await m.reload();
    expect(m.rowCount).toBe(3);
    expect(m.targetAt(2).kind).toBe('saved');
    expect(m.targetAt(3).kind).not.toBe('new');
    m.moveTo({ row: 99, col: 0 }, false);
    expect(m.cursor.row).toBe(2);
  });
});

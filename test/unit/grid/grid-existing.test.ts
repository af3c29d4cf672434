import { describe, expect, it } from 'vitest';
import { restoreDrafts } from '../../../src-renderer/components/grid/draft-rows';
import { answerExisting, askAgain, existingCount, isAnswering } from '../../../src-renderer/components/grid/grid-existing';
import { GridModel } from '../../../src-renderer/components/grid/grid-model';
import { pasteText } from '../../../src-renderer/components/grid/grid-actions';
import type { CellPatch, ExistingMode, GridResult } from '../../../src-renderer/components/grid/types';
import { FakeSource, fakeColumns, resolveUnit } from './fake-source';

/** A list whose names are keys, like an outcome's unit and month: a second one is refused with EXISTS until the clerk answers. */
class KeyedSource extends FakeSource {
  /** While set, a create with an answer waits for it (to look at the grid in the middle of an answer). */
  hold: Promise<void> | null = null;

  override async create(values: CellPatch, onExisting?: ExistingMode): Promise<GridResult<unknown>> {
    const existing = this.rows.find((r) => r.name === values.name);
    if (existing && !onExisting) return { ok: false, error: { code: 'EXISTS', message: 'Đã có dòng này.' } };
    if (onExisting && this.hold) await this.hold;
    if (existing && onExisting === 'add') {
      existing.count = Number(existing.count) + Number(values.count ?? 0);
      return { ok: true, data: { id: existing.id } };
    }
    return super.create(values);
  }
}

async function gridOver(source: FakeSource) {
  const m = new GridModel({ id: 't', columns: fakeColumns, source, resolveUnit, storage: null, pageSize: 50 });
  await m.reload();
  return m;
}

async function pasteAtNewRow(m: GridModel, text: string) {
  m.moveTo({ row: m.rowCount - 1, col: 0 });
  await pasteText(m, text);
}

describe('the question about rows whose key exists (issue 10 item 8)', () => {
  it('stays on screen until the answer is applied to every row, so leaving early cannot lose half of it', async () => {
    const source = new KeyedSource(2);
    const m = await gridOver(source);
    await pasteAtNewRow(m, 'Tổ 0\t5\tXã An Bình\r\nTổ 1\t4\tXã An Bình');
    expect(existingCount(m)).toBe(2);
    let release = () => {};
    source.hold = new Promise((r) => (release = r));
    const answer = answerExisting(m, 'add');
    await new Promise((r) => setTimeout(r, 0));
    // The buttons are gone (the rows were handed over), but the grid still says it is answering.
    expect(existingCount(m)).toBe(0);
    expect(isAnswering(m)).toBe(true);
    release();
    await answer;
    expect(isAnswering(m)).toBe(false);
    expect(source.rows.map((r) => [r.name, r.count])).toEqual([
      ['Tổ 0', 5],
      ['Tổ 1', 5],
    ]);
    expect(m.notice).toBe('Đã cộng thêm vào 2 dòng đã có.');
  });

  it('asks again about rows put back from drafts (a reload before the answer), and saves the new ones', async () => {
    const source = new KeyedSource(1);
    const m = await gridOver(source);
    const cells = (name: string) => [
      { column: 'name', value: name, text: name, error: null },
      { column: 'unitId', value: 'u1', text: 'Xã An Bình', error: null },
    ];
    const rows = restoreDrafts(m, [
      { key: 'local-old-1', cells: cells('Tổ 0'), updatedAt: '2026-12-02T00:00:00.000Z' },
      { key: 'local-old-2', cells: cells('Tổ mới'), updatedAt: '2026-12-02T00:00:00.000Z' },
    ]);
    expect(existingCount(m)).toBe(0);
    await askAgain(m, rows);
    expect(existingCount(m)).toBe(1);
    expect(m.progress).toBeNull();
    expect(source.rows.map((r) => r.name)).toEqual(['Tổ 0', 'Tổ mới']);
  });
});

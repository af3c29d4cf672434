import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { assertJoinSortAffordable } from '../../../src-main/core/models/models-list.repo';
import { callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { aProvinceTree } from '../units/builders';
import { aModel, CLAN } from './builders';
import type { ApiInput } from '../../../src-main/contract';

let core: Core;
let t: Awaited<ReturnType<typeof aProvinceTree>>;
beforeEach(async () => {
  core = await makeTestCore();
  t = await aProvinceTree(core);
  await aModel(core, t.oldCommune.id, { name: 'Tổ liên gia Đinh Xá', leader: 'Đặng Văn Hùng', foundedOn: '2017-01-05' });
  await aModel(core, t.area.id, { name: 'Zalo an ninh', leader: 'Trần Thị Bình', foundedOn: '2025-09-01' });
  await aModel(core, t.school.id, { name: 'Ánh sáng học đường', typeId: CLAN, leader: 'Nguyễn Văn Cường', foundedOn: '2025-10-01' });
  const d = await aModel(core, t.oldCommune.id, { name: 'Dòng họ Dương', leader: 'Dương Văn Dũng', foundedOn: '2017-07-01', sites: 3 });
  await callOk(core, 'models.setStatus', { id: d.id, status: 'dissolved', effectiveOn: '2020-01-01' }, clerk);
});
afterEach(() => core.close());
const names = async (input: ApiInput<'models.list'>) => (await callOk(core, 'models.list', input, viewer)).rows.map((r) => r.name);

describe('models.list', () => {
  it("searches name, leader and unit name without diacritics: 'dang' finds 'Đặng', 'nguyen van' finds 'Nguyễn Văn'", async () => {
    expect(await names({ search: 'dang' })).toEqual(['Tổ liên gia Đinh Xá', 'Zalo an ninh']);
    expect(await names({ search: 'nguyen van' })).toEqual(['Ánh sáng học đường']);
    expect(await names({ search: 'DOAN thuong duong' })).toEqual(['Dòng họ Dương']);
    expect(await names({ search: '50%' })).toEqual([]);
  });

  it('sorts in Vietnamese order on name and leader', async () => {
    expect(await names({ sort: [{ column: 'name', dir: 'asc' }] })).toEqual([
      'Ánh sáng học đường',
      'Dòng họ Dương',
      'Tổ liên gia Đinh Xá',
      'Zalo an ninh',
    ]);
    const byLeader = await callOk(core, 'models.list', { sort: [{ column: 'leader', dir: 'desc' }] }, viewer);
    expect(byLeader.rows.map((r) => r.leader)).toEqual(['Trần Thị Bình', 'Nguyễn Văn Cường', 'Đặng Văn Hùng', 'Dương Văn Dũng']);
    expect(await names({ sort: [{ column: 'foundedOn', dir: 'desc' }], limit: 2 })).toEqual(['Ánh sáng học đường', 'Zalo an ninh']);
  });

  it('filters by type, unit subtree, status and column, with a total for paging', async () => {
    expect(await names({ typeId: CLAN })).toEqual(['Ánh sáng học đường']);
    expect(await names({ unitId: t.newCommune.id })).toEqual(['Ánh sáng học đường', 'Zalo an ninh']);
    expect(await names({ unitId: t.district.id, status: 'active' })).toEqual(['Tổ liên gia Đinh Xá']);
    expect(await names({ filters: { foundedOn: '2017' } })).toEqual(['Dòng họ Dương', 'Tổ liên gia Đinh Xá']);
    expect(await names({ filters: { unitName: 'doan thuong', leader: 'duong' } })).toEqual(['Dòng họ Dương']);
    const page = await callOk(core, 'models.list', { limit: 1, offset: 1, filters: { typeName: 'keng' } }, viewer);
    expect(page.total).toBe(3);
    expect(page.rows).toHaveLength(1);
  });

  it('lists only the models active on a date', async () => {
    expect(await names({ activeOn: '2019-12-31' })).toEqual(['Dòng họ Dương', 'Tổ liên gia Đinh Xá']);
    expect(await names({ activeOn: '2020-01-01' })).toEqual(['Tổ liên gia Đinh Xá']);
    expect(await names({ activeOn: '2016-12-31' })).toEqual([]);
  });

  it('sorts by unit and type names, and asks for a filter before doing so on a huge list', async () => {
    expect(
      await names({
        sort: [
          { column: 'unitName', dir: 'asc' },
          { column: 'name', dir: 'asc' },
        ],
      }),
    ).toEqual(['Zalo an ninh', 'Ánh sáng học đường', 'Dòng họ Dương', 'Tổ liên gia Đinh Xá']);
    const q = { offset: 0, limit: 100, filters: {}, search: '', sort: [{ column: 'unitName', dir: 'asc' as const }] };
    expect(() => assertJoinSortAffordable(q, 100_000)).not.toThrow();
    expect(() => assertJoinSortAffordable(q, 1_000_000)).toThrow(/có 1\.000\.000 mô hình: hãy lọc bớt/);
    expect(() => assertJoinSortAffordable({ ...q, sort: [{ column: 'name', dir: 'asc' }] }, 1_000_000)).not.toThrow();
  });

  it('refuses sorting or filtering by an unknown column', async () => {
    const r = await core.dispatch('models.list', { sort: [{ column: 'note', dir: 'asc' }] }, viewer);
    expect(r.ok ? '' : r.error.message).toMatch(/Không sắp xếp được theo cột "note"/);
    const f = await core.dispatch('models.list', { filters: { 'm.id': 'x' } }, viewer);
    expect(f.ok ? 'ok' : f.error.code).toBe('VALIDATION');
  });

  it('keeps the search index in step with renames and deletes, and with a refused delete', async () => {
    const page = await callOk(core, 'models.list', { search: 'zalo' }, viewer);
    const id = page.rows[0]!.id;
    await callOk(core, 'models.update', { id, name: 'Camera an ninh Bình Minh', leader: 'Phạm Thị Yến' }, clerk);
    expect(await names({ search: 'zalo' })).toEqual([]);
    expect(await names({ search: 'binh minh yen' })).toEqual(['Camera an ninh Bình Minh']);
    expect(await names({ filters: { name: 'camera' } })).toEqual(['Camera an ninh Bình Minh']);
    await callOk(core, 'models.delete', { id }, clerk);
    expect(await names({ search: 'camera' })).toEqual([]);
    expect(core.env.store.get('SELECT COUNT(*) AS n FROM security_models_fts')).toEqual({ n: 3 });
  });

  it('matches words as typed in any order, with punctuation and decomposed (NFD) input', async () => {
    await aModel(core, t.area.id, { name: 'Ngày hội 19/8 Đoàn kết', foundedOn: '2025-08-19' });
    expect(await names({ search: 'ket doan 19/8' })).toEqual(['Ngày hội 19/8 Đoàn kết']);
    expect(await names({ search: 'Đặng Văn'.normalize('NFD') })).toEqual(['Tổ liên gia Đinh Xá']);
    expect(await names({ search: '"OR" *' })).toEqual([]);
  });
});

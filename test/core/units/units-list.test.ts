import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk, makeTestCore, viewer } from '../../fixtures/core';
import { aProvinceTree, aUnit } from './builders';
import type { ApiInput } from '../../../src-main/contract';

let core: Core;
beforeEach(async () => {
  core = await makeTestCore();
});
afterEach(() => core.close());
const list = (input: ApiInput<'units.list'>) => callOk(core, 'units.list', input, viewer);

describe('units.list', () => {
  it("finds 'Đặng' with 'dang' and 'Nguyễn Văn' with 'nguyen van', ignoring case and diacritics", async () => {
    const t = await aProvinceTree(core);
    const dang = await list({ search: 'dang' });
    expect(dang.rows.map((r) => r.name)).toEqual(['Thôn Đặng Xá']);
    const nv = await list({ search: 'NGUYEN van' });
    expect(nv.rows.map((r) => r.id)).toEqual([t.school.id]);
    expect(nv.rows[0]?.parentName).toBe('Xã Gia Lộc');
    expect((await list({ search: 'nguyen dang' })).total).toBe(0);
  });

  it('sorts names in Vietnamese order, both directions', async () => {
    const p = await aUnit(core, { name: 'Tỉnh Z', kind: 'province' });
    for (const name of ['Đinh', 'Dương', 'An', 'Ân', 'Ăn', 'Đặng', 'Bình', 'Zeta']) {
      await aUnit(core, { name, kind: 'district', parentId: p.id });
    }
    const asc = await list({ parentId: p.id, sort: [{ column: 'name', dir: 'asc' }] });
    expect(asc.rows.map((r) => r.name)).toEqual(['An', 'Ăn', 'Ân', 'Bình', 'Dương', 'Đặng', 'Đinh', 'Zeta']);
    const desc = await list({ parentId: p.id, sort: [{ column: 'name', dir: 'desc' }] });
    expect(desc.rows.map((r) => r.name)).toEqual(['Zeta', 'Đinh', 'Đặng', 'Dương', 'Bình', 'Ân', 'Ăn', 'An']);
  });

  it('pages with a total, filters per column and by kind, parent and date', async () => {
    const t = await aProvinceTree(core);
    const page = await list({ limit: 2, offset: 2 });
    expect(page.total).toBe(6);
    expect(page.rows).toHaveLength(2);
    expect((await list({ kind: 'commune' })).rows.map((r) => r.name)).toEqual(['Xã Đoàn Thượng', 'Xã Gia Lộc']);
    expect((await list({ filters: { parentName: 'gia loc' } })).total).toBe(3);
    expect((await list({ filters: { code: '109' } })).rows.map((r) => r.name)).toEqual(['Xã Đoàn Thượng']);
    expect((await list({ kind: 'commune', asOf: '2017-05-01' })).rows.map((r) => r.id)).toEqual([t.oldCommune.id]);
    expect((await list({ kind: 'commune', asOf: '2026-01-01' })).rows.map((r) => r.id)).toEqual([t.newCommune.id]);
    expect((await list({ parentId: null })).rows.map((r) => r.id)).toEqual([t.province.id]);
  });

  it('refuses to sort or filter by a column outside its whitelist', async () => {
    const bad = await core.dispatch('units.list', { sort: [{ column: 'name_sort; DROP TABLE units', dir: 'asc' }] }, viewer);
    expect(bad.ok ? 'ok' : bad.error.code).toBe('VALIDATION');
    const badFilter = await core.dispatch('units.list', { filters: { secret: 'x' } }, viewer);
    expect(badFilter.ok ? 'ok' : badFilter.error.message).toMatch(/Không lọc được theo cột/);
  });
});

describe('the unit picker', () => {
  it('expands the tree level by level, administrative units before organisations', async () => {
    const t = await aProvinceTree(core);
    const roots = await callOk(core, 'units.children', {}, viewer);
    expect(roots.rows.map((r) => [r.name, r.hasChildren])).toEqual([['Hải Dương', true]]);
    const level = await callOk(core, 'units.children', { parentId: t.newCommune.id }, viewer);
    expect(level.path.map((p) => p.name)).toEqual(['Hải Dương', 'Xã Gia Lộc']);
    expect(level.rows.map((r) => r.name)).toEqual(['Thôn Đặng Xá', 'Trường THPT Nguyễn Văn Cừ']);
    const now = await callOk(core, 'units.children', { parentId: t.province.id, asOf: '2026-01-01' }, viewer);
    expect(now.rows.map((r) => r.name)).toEqual(['Xã Gia Lộc']);
  });

  it('searches without diacritics and returns the path of each hit', async () => {
    await aProvinceTree(core);
    const r = await callOk(core, 'units.search', { query: 'dang xa', kinds: ['residential_area'] }, viewer);
    expect(r.rows.map((u) => [u.name, u.path.map((p) => p.name).join(' › ')])).toEqual([['Thôn Đặng Xá', 'Hải Dương › Xã Gia Lộc']]);
    const byCode = await callOk(core, 'units.search', { query: '10930' }, viewer);
    expect(byCode.rows[0]?.path.map((p) => p.name)).toEqual(['Hải Dương', 'Huyện Gia Lộc']);
  });

  it('ranks exact code, then exact name, then prefix, then the whole text inside a name, before word matches', async () => {
    const p = await aUnit(core, { name: 'Tỉnh Thái Bình', kind: 'province', code: '34' });
    // A commune ranks before a residential area by kind; the match must outrank that.
    const ward = await aUnit(core, { name: 'Phường Đồng Tâm', kind: 'commune', parentId: p.id, code: '12451' });
    const area = await aUnit(core, { name: 'Tổ dân phố Đồng Tâm 1', kind: 'residential_area', parentId: ward.id });
    const prefix = await aUnit(core, { name: 'Đồng Tâm 1 mở rộng', kind: 'residential_area', parentId: ward.id });
    const exact = await aUnit(core, { name: 'Đồng Tâm 1', kind: 'residential_area', parentId: ward.id });
    const search = async (query: string) => (await callOk(core, 'units.search', { query }, viewer)).rows.map((u) => u.id);
    expect(await search('dong tam 1')).toEqual([exact.id, prefix.id, area.id, ward.id]);
    const byCode = await aUnit(core, { name: 'Thôn 12451', kind: 'residential_area', parentId: ward.id });
    expect((await search('12451'))[0]).toBe(ward.id);
    expect(await search('12451')).toContain(byCode.id);
  });
});

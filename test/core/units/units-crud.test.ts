import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { admin, callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { aProvinceTree, aUnit } from './builders';

let core: Core;
beforeEach(async () => {
  core = await makeTestCore({ clock: () => new Date('2026-03-01T08:00:00Z') });
});
afterEach(() => core.close());

async function expectIssue(name: string, input: unknown, path: (string | number)[], text: RegExp) {
  const r = await core.dispatch(name, input, admin);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe('VALIDATION');
  const issue = r.error.issues?.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
  expect(issue?.message, JSON.stringify(r.error)).toMatch(text);
}

describe('units.create', () => {
  it('builds the tree and returns each unit with its path', async () => {
    const t = await aProvinceTree(core);
    expect(t.area.path.map((p) => p.name)).toEqual(['Hải Dương', 'Xã Gia Lộc']);
    expect(t.area).toMatchObject({ kind: 'residential_area', subkind: 'thôn', createdAt: '2026-03-01T08:00:00.000Z' });
    const got = await callOk(core, 'units.get', { id: t.newCommune.id }, viewer);
    expect(got.hasChildren).toBe(true);
  });

  it('stores decomposed (NFD) input as NFC and finds it without diacritics', async () => {
    const u = await aUnit(core, { name: 'Thôn Đặng Xá'.normalize('NFD'), kind: 'province' });
    expect(u.name).toBe('Thôn Đặng Xá');
    const found = await callOk(core, 'units.list', { search: 'dang xa' }, viewer);
    expect(found.total).toBe(1);
  });

  it('lets a clerk add a unit but not a viewer', async () => {
    await aUnit(core, { name: 'Hải Phòng', kind: 'province' });
    const asClerk = await core.dispatch('units.create', { name: 'Bắc Ninh', kind: 'province' }, clerk);
    expect(asClerk.ok).toBe(true);
    const asViewer = await core.dispatch('units.create', { name: 'Lạng Sơn', kind: 'province' }, viewer);
    expect(asViewer.ok ? 'ok' : asViewer.error.code).toBe('FORBIDDEN');
  });

  it('refuses a unit under a kind it cannot hang under', async () => {
    const t = await aProvinceTree(core);
    await expectIssue(
      'units.create',
      { name: 'Thôn 1', kind: 'residential_area', parentId: t.province.id },
      ['parentId'],
      /không thể trực thuộc tỉnh/,
    );
    await expectIssue('units.create', { name: 'Xã A', kind: 'commune' }, ['parentId'], /phải thuộc một đơn vị cấp trên/);
    await expectIssue('units.create', { name: 'Tỉnh B', kind: 'province', parentId: t.province.id }, ['parentId'], /cấp cao nhất/);
    await expectIssue(
      'units.create',
      { name: 'Tổ 1', kind: 'residential_area', parentId: t.school.id },
      ['parentId'],
      /không thể trực thuộc/,
    );
  });

  it('allows a commune directly under the province only from 01/07/2025', async () => {
    const t = await aProvinceTree(core);
    await expectIssue(
      'units.create',
      { name: 'Xã Cũ', kind: 'commune', parentId: t.province.id, validFrom: '2017-01-01' },
      ['parentId'],
      /từ 01\/07\/2025/,
    );
    await aUnit(core, { name: 'Phường Mới', kind: 'commune', parentId: t.province.id, validFrom: '2025-07-01' });
  });

  it('refuses a duplicate code and an end before the start', async () => {
    const t = await aProvinceTree(core);
    await expectIssue('units.create', { name: 'Khác', kind: 'province', code: '30' }, ['code'], /đã dùng cho đơn vị "Hải Dương"/);
    await expectIssue(
      'units.create',
      { name: 'Xã C', kind: 'commune', parentId: t.district.id, validFrom: '2020-01-01', validUntil: '2019-12-31' },
      ['validUntil'],
      /phải sau ngày bắt đầu/,
    );
  });

  it('answers bad input for every field with a Vietnamese issue on its path', async () => {
    const ok = { name: 'Tỉnh X', kind: 'province' };
    await expectIssue('units.create', { ...ok, name: '   ' }, ['name'], /Nhập tên đơn vị/);
    await expectIssue('units.create', { ...ok, name: 'x'.repeat(201) }, ['name'], /dài quá 200/);
    await expectIssue('units.create', { ...ok, kind: 'village' }, ['kind'], /Cấp đơn vị không hợp lệ/);
    await expectIssue('units.create', { ...ok, code: 'c'.repeat(41) }, ['code'], /dài quá 40/);
    await expectIssue('units.create', { ...ok, subkind: 's'.repeat(61) }, ['subkind'], /dài quá 60/);
    await expectIssue('units.create', { ...ok, parentId: 'not-a-uuid' }, ['parentId'], /cấp trên không hợp lệ/);
    await expectIssue('units.create', { ...ok, validFrom: '2025-02-30' }, ['validFrom'], /Ngày bắt đầu hiệu lực không hợp lệ/);
    await expectIssue('units.create', { ...ok, validUntil: '31/12/2025' }, ['validUntil'], /Ngày hết hiệu lực không hợp lệ/);
    await expectIssue('units.create', { ...ok, note: 'n'.repeat(1001) }, ['note'], /dài quá 1000/);
    await expectIssue(
      'units.create',
      { ...ok, parentId: '0b9a4f4e-1d7a-4c55-9a57-6f4b8f3c2d10' },
      ['parentId'],
      /Không tìm thấy đơn vị cấp trên/,
    );
  });
});

describe('units.update', () => {
  it('changes only the fields sent and recomputes the search columns', async () => {
    const t = await aProvinceTree(core);
    const u = await callOk(core, 'units.update', { id: t.area.id, name: 'Thôn Đinh Xá' });
    expect(u).toMatchObject({ name: 'Thôn Đinh Xá', subkind: 'thôn', parentId: t.newCommune.id });
    const found = await callOk(core, 'units.list', { search: 'dinh xa' }, viewer);
    expect(found.total).toBe(1);
  });

  it('clears an optional field sent as null and applies the same rules as create', async () => {
    const t = await aProvinceTree(core);
    const u = await callOk(core, 'units.update', { id: t.area.id, subkind: null });
    expect(u.subkind).toBeNull();
    await expectIssue('units.update', { id: t.newCommune.id, code: '30' }, ['code'], /đã dùng/);
    await expectIssue('units.update', { id: t.area.id, parentId: t.area.id }, ['parentId'], /chính nó/);
  });

  it('refuses a kind change that would orphan its children', async () => {
    const t = await aProvinceTree(core);
    await expectIssue('units.update', { id: t.newCommune.id, kind: 'organisation' }, ['kind'], /Không đổi được cấp/);
  });

  it('answers NOT_FOUND for an unknown unit', async () => {
    const r = await core.dispatch('units.update', { id: '0b9a4f4e-1d7a-4c55-9a57-6f4b8f3c2d10', name: 'X' }, admin);
    expect(r.ok ? 'ok' : r.error.code).toBe('NOT_FOUND');
  });
});

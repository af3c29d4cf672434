import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { seededEntryId } from '../../../src-main/core/catalogues';
import { admin, callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { aProvinceTree } from '../units/builders';
import { aModel, CLAN, GONG, POLICE } from './builders';

let core: Core;
let t: Awaited<ReturnType<typeof aProvinceTree>>;
beforeEach(async () => {
  core = await makeTestCore({ clock: () => new Date('2026-03-01T08:00:00Z') });
  t = await aProvinceTree(core);
});
afterEach(() => core.close());

async function issueOf(name: string, input: unknown): Promise<{ path: string; message: string }> {
  const r = await core.dispatch(name, input, clerk);
  if (r.ok) throw new Error(`${name} unexpectedly succeeded`);
  const first = r.error.issues?.[0];
  return { path: (first?.path ?? []).join('.'), message: first?.message ?? r.error.message };
}

describe('models.create', () => {
  it('records every field and starts the model active on its founding date', async () => {
    const m = await aModel(core, t.oldCommune.id, {
      hostOrganisationId: POLICE,
      sites: 12,
      teams: 3,
      members: 40,
      households: 120,
      leader: 'Đặng Văn Hùng',
      note: 'Gắn loa',
    });
    expect(m).toMatchObject({
      typeName: 'Tiếng kẻng an ninh',
      unitName: 'Xã Đoàn Thượng',
      hostOrganisationName: 'Công an',
      status: 'active',
      statusOn: '2017-03-15',
      sites: 12,
      teams: 3,
      members: 40,
      households: 120,
      leader: 'Đặng Văn Hùng',
      note: 'Gắn loa',
      createdAt: '2026-03-01T08:00:00.000Z',
    });
    const h = await callOk(core, 'models.statusHistory', { id: m.id }, viewer);
    expect(h.rows).toMatchObject([{ status: 'active', effectiveOn: '2017-03-15' }]);
    expect((await callOk(core, 'models.get', { id: m.id }, viewer)).name).toBe('Tiếng kẻng an ninh thôn Đặng Xá');
  });

  it('answers bad input for every field with a Vietnamese issue on its path', async () => {
    const ok = { typeId: GONG, name: 'Mô hình', unitId: t.area.id, foundedOn: '2026-01-01' };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ typeId: 'x' }, 'typeId', /Chọn loại mô hình/],
      [{ name: '' }, 'name', /Nhập tên mô hình/],
      [{ name: 'a'.repeat(301) }, 'name', /dài quá 300/],
      [{ unitId: null }, 'unitId', /Chọn địa bàn/],
      [{ hostOrganisationId: 'x' }, 'hostOrganisationId', /Đơn vị chủ trì không hợp lệ/],
      [{ foundedOn: '2026-13-01' }, 'foundedOn', /Ngày thành lập không hợp lệ/],
      [{ foundedOn: '2026-03-02' }, 'foundedOn', /không được sau ngày hôm nay \(01\/03\/2026\)/],
      [{ sites: -1 }, 'sites', /Số điểm không được âm/],
      [{ teams: 1.5 }, 'teams', /Số tổ phải là số nguyên/],
      [{ members: '12' }, 'members', /Số thành viên phải là số nguyên/],
      [{ households: -3 }, 'households', /Số hộ tham gia không được âm/],
      [{ leader: 'x'.repeat(201) }, 'leader', /dài quá 200/],
      [{ note: 'x'.repeat(2001) }, 'note', /dài quá 2000/],
    ];
    for (const [patch, path, text] of cases) {
      const issue = await issueOf('models.create', { ...ok, ...patch });
      expect(issue.path, JSON.stringify(patch)).toBe(path);
      expect(issue.message).toMatch(text);
    }
  });

  it('checks type and host against their catalogues', async () => {
    const base = { name: 'M', unitId: t.area.id, foundedOn: '2026-01-01' };
    expect(await issueOf('models.create', { ...base, typeId: seededEntryId('award_form', 'BANG_KHEN') })).toMatchObject({
      path: 'typeId',
      message: expect.stringMatching(/không thuộc danh mục "Loại mô hình"/),
    });
    expect(await issueOf('models.create', { ...base, typeId: GONG, hostOrganisationId: GONG })).toMatchObject({
      path: 'hostOrganisationId',
    });
    await callOk(core, 'catalogues.retire', { id: CLAN }, admin);
    expect(await issueOf('models.create', { ...base, typeId: CLAN })).toMatchObject({
      path: 'typeId',
      message: expect.stringMatching(/ngừng sử dụng/),
    });
  });

  it('keeps a model inside its unit: right kind, founded while the unit existed', async () => {
    expect(await issueOf('models.create', { typeId: GONG, name: 'M', unitId: t.province.id, foundedOn: '2020-01-01' })).toMatchObject({
      path: 'unitId',
    });
    // The old commune ended on 30/06/2025: a model founded there in 2026 is refused.
    expect(await issueOf('models.create', { typeId: GONG, name: 'M', unitId: t.oldCommune.id, foundedOn: '2026-01-01' })).toMatchObject({
      path: 'foundedOn',
      message: expect.stringMatching(/ngoài thời gian hiệu lực của "Xã Đoàn Thượng" đến 30\/06\/2025/),
    });
    // A 2015 model carried on by today's commune (founded 2025) is entered under the new commune.
    const carried = await aModel(core, t.newCommune.id, { foundedOn: '2015-05-01' });
    expect(carried.unitName).toBe('Xã Gia Lộc');
  });
});

describe('models.update and models.delete', () => {
  it('changes only the fields sent, keeps a retired type it already had, clears with null', async () => {
    const m = await aModel(core, t.area.id, { typeId: CLAN, leader: 'Lê Văn A', foundedOn: '2025-08-01' });
    await callOk(core, 'catalogues.retire', { id: CLAN }, admin);
    const u = await callOk(core, 'models.update', { id: m.id, sites: 5, leader: null }, clerk);
    expect(u).toMatchObject({ typeId: CLAN, sites: 5, leader: null, name: m.name });
  });

  it('moves the founding event with the founding date, but not past a later change', async () => {
    const m = await aModel(core, t.area.id, { foundedOn: '2025-08-01' });
    const moved = await callOk(core, 'models.update', { id: m.id, foundedOn: '2025-09-01' }, clerk);
    expect(moved.statusOn).toBe('2025-09-01');
    await callOk(core, 'models.setStatus', { id: m.id, status: 'suspended', effectiveOn: '2025-12-01' }, clerk);
    expect(await issueOf('models.update', { id: m.id, foundedOn: '2026-01-01' })).toMatchObject({
      path: 'foundedOn',
      message: expect.stringMatching(/không được sau ngày chuyển trạng thái \(01\/12\/2025\)/),
    });
  });

  it('deletes a model with its history; a viewer cannot', async () => {
    const m = await aModel(core, t.area.id, { foundedOn: '2025-08-01' });
    const asViewer = await core.dispatch('models.delete', { id: m.id }, viewer);
    expect(asViewer.ok ? 'ok' : asViewer.error.code).toBe('FORBIDDEN');
    await callOk(core, 'models.delete', { id: m.id }, clerk);
    expect(core.env.store.get('SELECT COUNT(*) AS n FROM model_status_events')).toEqual({ n: 0 });
    const gone = await core.dispatch('models.get', { id: m.id }, viewer);
    expect(gone.ok ? 'ok' : gone.error.code).toBe('NOT_FOUND');
  });

  it('makes the unit and the catalogue entries it uses undeletable, in Vietnamese', async () => {
    await aModel(core, t.area.id, { foundedOn: '2025-08-01', hostOrganisationId: POLICE });
    const unit = await core.dispatch('units.delete', { id: t.area.id }, admin);
    expect(unit.ok ? '' : `${unit.error.code} ${unit.error.message}`).toMatch(/^CONFLICT Không xoá được "Thôn Đặng Xá" vì đã có dữ liệu/);
    const ownType = await callOk(core, 'catalogues.create', { catalogue: 'model_type', name: 'Mô hình riêng của tỉnh' }, admin);
    await aModel(core, t.area.id, { typeId: ownType.id, foundedOn: '2025-08-01' });
    const type = await core.dispatch('catalogues.delete', { id: ownType.id }, admin);
    expect(type.ok ? '' : `${type.error.code} ${type.error.message}`).toMatch(
      /^CONFLICT Không xoá được "Mô hình riêng của tỉnh" vì đã có dữ liệu/,
    );
    const host = await core.dispatch('catalogues.delete', { id: POLICE }, admin);
    expect(host.ok ? 'ok' : host.error.code).toBe('CONFLICT');
    // Renaming an entry in use is allowed, and the model shows the new name.
    await callOk(core, 'catalogues.rename', { id: GONG, name: 'Tiếng kẻng an ninh (cải tiến)' }, admin);
    const page = await callOk(core, 'models.list', { typeId: GONG }, viewer);
    expect(page.rows[0]?.typeName).toBe('Tiếng kẻng an ninh (cải tiến)');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { FORM_COMMITMENT, FORM_TALK, VENUE_RESIDENTIAL, VENUE_SCHOOL, aUnit, aUnitTree, testClock } from '../../fixtures/records';

describe('sessions.list', () => {
  let core: Core;
  let units: ReturnType<typeof aUnitTree>;
  const list = (q: object) => callOk(core, 'sessions.list', q, viewer);
  const add = (over: object) =>
    callOk(
      core,
      'sessions.create',
      { heldOn: '2026-03-10', unitId: units.area, venueKindId: VENUE_RESIDENTIAL, formId: FORM_TALK, topic: 'Tuyên truyền', ...over },
      clerk,
    );

  beforeEach(async () => {
    core = await makeTestCore({ clock: testClock });
    units = aUnitTree(core);
    await add({
      presenter: 'Đặng Văn Lâm',
      topic: 'Phòng chống ma túy học đường',
      unitId: units.school,
      venueKindId: VENUE_SCHOOL,
      heldOn: '2026-04-02',
    });
    await add({ presenter: 'Nguyễn Văn An', topic: 'Ký cam kết an toàn', formId: FORM_COMMITMENT, heldOn: '2026-01-20' });
    await add({ presenter: 'Dương Thị Hà', topic: 'Luật Cư trú', heldOn: '2026-02-14' });
    await add({ presenter: 'Ân Văn Bình', topic: 'Đấu tranh tội phạm', unitId: units.oldCommune, heldOn: '2017-08-19' });
    await add({ presenter: 'Đinh Công Tráng', topic: 'Bảo vệ an ninh Tổ quốc', note: 'Đoàn thanh niên phối hợp', heldOn: '2026-05-05' });
  });
  afterEach(() => core.close());

  it('shows the newest first by default, with the total', async () => {
    const p = await list({ limit: 2 });
    expect(p.total).toBe(5);
    expect(p.rows.map((r) => r.heldOn)).toEqual(['2026-05-05', '2026-04-02']);
    expect((await list({ limit: 2, offset: 4 })).rows.map((r) => r.heldOn)).toEqual(['2017-08-19']);
  });

  it('sorts presenters in Vietnamese order both ways', async () => {
    const asc = await list({ sort: [{ column: 'presenter', dir: 'asc' }] });
    expect(asc.rows.map((r) => r.presenter)).toEqual(['Ân Văn Bình', 'Dương Thị Hà', 'Đặng Văn Lâm', 'Đinh Công Tráng', 'Nguyễn Văn An']);
    const desc = await list({ sort: [{ column: 'presenter', dir: 'desc' }] });
    expect(desc.rows.map((r) => r.presenter)).toEqual(asc.rows.map((r) => r.presenter).reverse());
    const byUnit = await list({
      sort: [
        { column: 'unitName', dir: 'asc' },
        { column: 'heldOn', dir: 'asc' },
      ],
    });
    expect(byUnit.rows.map((r) => r.unitName)).toEqual([
      'Thôn Đông Hà',
      'Thôn Đông Hà',
      'Thôn Đông Hà',
      'Trường THPT Nguyễn Trãi',
      'Xã Đồng Quang',
    ]);
    expect(byUnit.rows.slice(0, 3).map((r) => r.heldOn)).toEqual(['2026-01-20', '2026-02-14', '2026-05-05']);
    const byUnitDesc = await list({ sort: [{ column: 'unitName', dir: 'desc' }], limit: 2, offset: 1 });
    expect(byUnitDesc).toMatchObject({
      total: 5,
      rows: [{ unitName: 'Trường THPT Nguyễn Trãi' }, { unitName: 'Thôn Đông Hà', heldOn: '2026-05-05' }],
    });
  });

  it('finds "dang" in "Đặng" and "nguyen van" in "Nguyễn Văn", ignoring diacritics and case', async () => {
    expect((await list({ search: 'dang' })).rows.map((r) => r.presenter)).toEqual(['Đặng Văn Lâm']);
    expect((await list({ search: 'NGUYEN van an' })).rows.map((r) => r.presenter)).toEqual(['Nguyễn Văn An']);
    expect((await list({ search: 'ma tuy' })).total).toBe(1);
    // Each word may match a different column: "nguyen" in the school's name, "van" in the presenter.
    expect((await list({ search: 'nguyen van' })).total).toBe(2);
    expect((await list({ search: 'đoàn thanh' })).rows.map((r) => r.presenter)).toEqual(['Đinh Công Tráng']);
  });

  it('searches the unit name too, and a word may match anywhere in it', async () => {
    expect((await list({ search: 'nguyen trai' })).rows.map((r) => r.presenter)).toEqual(['Đặng Văn Lâm']);
    expect((await list({ search: 'dong quang' })).rows.map((r) => r.presenter)).toEqual(['Ân Văn Bình']);
    expect((await list({ search: 'ha luat' })).rows.map((r) => r.presenter)).toEqual(['Dương Thị Hà']);
  });

  it('still searches unit names when very many units match a word', async () => {
    let target = '';
    for (let i = 0; i < 520; i += 1) {
      const id = aUnit(core, { name: `Tổ dân phố Hưng Đạo ${i}`, kind: 'residential_area', parentId: units.commune });
      if (i === 300) target = id;
    }
    await add({ unitId: target, presenter: 'Cao Văn Tú' });
    expect((await list({ search: 'hung dao' })).rows.map((r) => r.presenter)).toEqual(['Cao Văn Tú']);
    expect((await list({ search: 'hung dao 300' })).total).toBe(1);
  });

  it('finds sessions by the new name after their unit is renamed', async () => {
    await callOk(core, 'units.update', { id: units.school, name: 'Trường THCS Lê Quý Đôn' }, clerk);
    expect((await list({ search: 'le quy don' })).rows.map((r) => r.presenter)).toEqual(['Đặng Văn Lâm']);
    expect((await list({ search: 'nguyen trai' })).total).toBe(0);
    await callOk(core, 'sessions.update', { id: (await list({ search: 'dang' })).rows[0]!.id, unitId: units.area }, clerk);
    expect((await list({ search: 'le quy don' })).total).toBe(0);
    expect((await list({ search: 'dang dong ha' })).total).toBe(1);
  });

  it('treats search operators and punctuation as plain text', async () => {
    for (const search of ['"', 'dang OR', '(ma', '-dang', 'dang*', 'a:b', '%', '_']) {
      const r = await core.dispatch('sessions.list', { search }, viewer);
      expect(r.ok).toBe(true);
    }
    expect((await list({ search: '-dang' })).total).toBe(1);
    expect((await list({ search: '%' })).total).toBe(5);
  });

  it('filters by unit subtree, date range, year, form and column text', async () => {
    expect((await list({ filters: { unitId: units.city } })).total).toBe(4);
    expect((await list({ filters: { unitId: units.province } })).total).toBe(1);
    expect((await list({ filters: { from: '2026-02-01', to: '2026-04-30' } })).total).toBe(2);
    expect((await list({ filters: { year: '2017' } })).total).toBe(1);
    expect((await list({ filters: { formId: FORM_COMMITMENT } })).total).toBe(1);
    expect((await list({ filters: { venueKindId: VENUE_SCHOOL } })).total).toBe(1);
    expect((await list({ filters: { presenter: 'van' } })).total).toBe(3);
    expect((await list({ filters: { topic: 'van' } })).total).toBe(0);
    expect((await list({ search: 'van', filters: { presenter: 'nguyen', year: '2026' } })).rows.map((r) => r.presenter)).toEqual([
      'Nguyễn Văn An',
    ]);
    expect((await list({ search: 'van', filters: { year: '2017' } })).rows.map((r) => r.presenter)).toEqual(['Ân Văn Bình']);
    expect((await list({ search: 'zzz', filters: { year: '2017' } })).total).toBe(0);
  });

  it('refuses an unknown filter or sort column with the path of the mistake', async () => {
    const f = await core.dispatch('sessions.list', { filters: { colour: 'x', from: '2026-13-01' } }, viewer);
    expect(f.ok ? [] : f.error.issues?.map((i) => i.path.join('.')).sort()).toEqual(['filters.colour', 'filters.from']);
    const s = await core.dispatch('sessions.list', { sort: [{ column: 'topic_sort; DROP TABLE units', dir: 'asc' }] }, viewer);
    expect(s).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['sort', 0, 'column'] }] } });
  });

  it('finds text entered decomposed (NFD) as typed with "Unicode tổ hợp"', async () => {
    await add({ presenter: 'Phạm Thị Ngọc'.normalize('NFD') });
    expect((await list({ search: 'ngoc' })).rows.map((r) => r.presenter)).toEqual(['Phạm Thị Ngọc']);
    expect((await list({ search: 'Ngọc' })).total).toBe(1);
  });

  it('keeps search in step with edits and deletes', async () => {
    const p = await list({ search: 'dang' });
    const id = p.rows[0]!.id;
    await callOk(core, 'sessions.update', { id, presenter: 'Trần Hưng' }, clerk);
    expect((await list({ search: 'dang' })).total).toBe(0);
    expect((await list({ search: 'tran hung' })).total).toBe(1);
    await callOk(core, 'sessions.delete', { id }, clerk);
    expect((await list({ search: 'tran hung' })).total).toBe(0);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { countModelsActiveAt, countModelsNewIn, statusAt } from '../../../src-main/core/models';
import { callOk, clerk, makeTestCore } from '../../fixtures/core';
import { aProvinceTree } from '../units/builders';
import { aModel, CLAN, GONG } from './builders';

let core: Core;
let t: Awaited<ReturnType<typeof aProvinceTree>>;
beforeEach(async () => {
  core = await makeTestCore({ clock: () => new Date('2026-03-01T08:00:00Z') });
  t = await aProvinceTree(core);
});
afterEach(() => core.close());

const setStatus = (id: string, status: string, effectiveOn: string) =>
  core.dispatch('models.setStatus', { id, status, effectiveOn }, clerk);

describe('models.setStatus', () => {
  it('appends to the history and shows the latest status on the model', async () => {
    const m = await aModel(core, t.oldCommune.id);
    await callOk(core, 'models.setStatus', { id: m.id, status: 'suspended', effectiveOn: '2019-01-01', note: 'Thiếu kinh phí' }, clerk);
    const back = await callOk(core, 'models.setStatus', { id: m.id, status: 'active', effectiveOn: '2019-06-01' }, clerk);
    expect(back).toMatchObject({ status: 'active', statusOn: '2019-06-01' });
    const h = await callOk(core, 'models.statusHistory', { id: m.id }, clerk);
    expect(h.rows.map((r) => [r.seq, r.status, r.note])).toEqual([
      [1, 'active', null],
      [2, 'suspended', 'Thiếu kinh phí'],
      [3, 'active', null],
    ]);
  });

  it('refuses a date before the last change or the founding, an unchanged status and a bad status', async () => {
    const m = await aModel(core, t.oldCommune.id);
    await callOk(core, 'models.setStatus', { id: m.id, status: 'suspended', effectiveOn: '2020-01-01' }, clerk);
    const backwards = await setStatus(m.id, 'dissolved', '2019-12-31');
    expect(backwards.ok ? '' : backwards.error.issues?.[0]).toEqual({
      path: ['effectiveOn'],
      message: 'Ngày chuyển trạng thái không được trước lần thay đổi gần nhất (01/01/2020).',
    });
    const same = await setStatus(m.id, 'suspended', '2020-05-01');
    expect(same.ok ? '' : same.error.message).toMatch(/đang ở trạng thái "Tạm ngừng"/);
    const bad = await setStatus(m.id, 'sleeping', '2020-05-01');
    expect(bad.ok ? [] : bad.error.issues?.[0]?.path).toEqual(['status']);
    const badDate = await setStatus(m.id, 'dissolved', '2020-02-30');
    expect(badDate.ok ? [] : badDate.error.issues?.[0]?.path).toEqual(['effectiveOn']);
    // The clock is 01/03/2026 08:00 UTC: 15:00 in Vietnam, so the office's today is 01/03/2026.
    const future = await setStatus(m.id, 'dissolved', '2026-03-02');
    expect(future.ok ? '' : future.error.message).toBe('Ngày chuyển trạng thái (02/03/2026) không được sau ngày hôm nay (01/03/2026).');
    const m2 = await aModel(core, t.oldCommune.id, { foundedOn: '2018-01-01' });
    const early = await setStatus(m2.id, 'dissolved', '2017-12-31');
    expect(early.ok ? '' : early.error.message).toMatch(/trước ngày thành lập \(01\/01\/2018\)/);
  });
});

describe('active at a date and new in a period', () => {
  it('derives the status on any day from the history', () => {
    const events = [
      { status: 'active' as const, effectiveOn: '2017-03-15' },
      { status: 'suspended' as const, effectiveOn: '2019-01-01' },
      { status: 'active' as const, effectiveOn: '2019-06-01' },
      { status: 'dissolved' as const, effectiveOn: '2019-06-01' },
    ];
    expect(statusAt(events, '2017-03-14')).toBeNull();
    expect(statusAt(events, '2017-03-15')).toBe('active');
    expect(statusAt(events, '2019-03-01')).toBe('suspended');
    expect(statusAt(events, '2019-06-01')).toBe('dissolved');
  });

  it('counts per type the models active on a date and those founded in a period, with their sites', async () => {
    const a = await aModel(core, t.oldCommune.id, { foundedOn: '2016-05-01', sites: 10, teams: 2 });
    const b = await aModel(core, t.oldCommune.id, { foundedOn: '2017-02-01', sites: 4 });
    await aModel(core, t.oldCommune.id, { typeId: CLAN, foundedOn: '2017-09-01', households: 30 });
    await aModel(core, t.area.id, { foundedOn: '2025-09-01', sites: 1 });
    await callOk(core, 'models.setStatus', { id: a.id, status: 'suspended', effectiveOn: '2017-06-01' }, clerk);
    await callOk(core, 'models.setStatus', { id: b.id, status: 'dissolved', effectiveOn: '2018-01-01' }, clerk);
    const db = core.env.store;
    expect(countModelsActiveAt(db, '2017-12-31')).toEqual([
      { typeId: CLAN, typeName: 'Dòng họ hiếu học, an toàn về ANTT', models: 1, sites: 0, teams: 0, members: 0, households: 30 },
      { typeId: GONG, typeName: 'Tiếng kẻng an ninh', models: 1, sites: 4, teams: 0, members: 0, households: 0 },
    ]);
    expect(countModelsActiveAt(db, '2017-05-31').find((r) => r.typeId === GONG)?.models).toBe(2);
    expect(countModelsNewIn(db, '2017-01-01', '2017-12-31').map((r) => [r.typeId, r.models])).toEqual([
      [CLAN, 1],
      [GONG, 1],
    ]);
    expect(countModelsActiveAt(db, '2026-01-01', { unitId: t.newCommune.id }).map((r) => r.models)).toEqual([1]);
    expect(countModelsActiveAt(db, '2026-01-01', { unitId: t.province.id, typeId: CLAN })).toEqual([
      expect.objectContaining({ models: 1 }),
    ]);
  });
});

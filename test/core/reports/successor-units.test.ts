import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import type { Report } from '../../../src-main/core/reports/report';
import { admin, callOk, makeTestCore, viewer } from '../../fixtures/core';
import { entryId } from '../../fixtures/seed/catalogue-ids';
import type { UnitKind } from '../../../src-main/contract/units/unit';

let core: Core;
const ids: Record<string, string> = {};

async function unit(key: string, name: string, kind: UnitKind, parentId: string | null, validFrom: string | null = null): Promise<string> {
  ids[key] = (await callOk(core, 'units.create', { name, kind, parentId, validFrom }, admin)).id;
  return ids[key]!;
}

async function session(unitId: string, heldOn: string, attendees: number): Promise<void> {
  await callOk(core, 'sessions.create', {
    heldOn,
    unitId,
    venueKindId: entryId('KHU_DAN_CU'),
    formId: entryId('TUYEN_TRUYEN'),
    topic: 'Phòng chống tội phạm',
    attendees,
  });
}

// A district with two communes until 30/6/2025; from 1/7/2025 one new commune directly under the
// province takes both over (the 2025 two-tier reform).
beforeAll(async () => {
  core = await makeTestCore();
  const province = await unit('province', 'Tỉnh Thử Nghiệm', 'province', null);
  const district = await unit('district', 'Huyện Cũ', 'district', province);
  await unit('a', 'Xã An', 'commune', district);
  await unit('b', 'Xã Bình', 'commune', district);
  await unit('kdc', 'Thôn Đông', 'residential_area', ids.a!);
  await unit('merged', 'Xã An Bình', 'commune', province, '2025-07-01');
  await session(ids.kdc!, '2017-03-10', 40);
  await session(ids.a!, '2025-03-10', 50);
  await session(ids.b!, '2025-04-10', 60);
  for (const k of ['a', 'b']) await callOk(core, 'units.merge', { id: ids[k]!, successorId: ids.merged!, validUntil: '2025-06-30' }, admin);
  await callOk(core, 'units.retire', { id: ids.district!, validUntil: '2025-06-30' }, admin);
  await session(ids.merged!, '2026-02-01', 70);
}, 60_000);
afterAll(() => core.close());

const unitRows = (r: Report) => r.unitTable.rows.filter((x) => x.kind !== 'total').map((x) => [x.kind, x.cells[1]]);
const sessionsOf = (r: Report) => r.indicators.find((i) => i.key === 'sessions')!;

describe('units resolved as of the period', () => {
  it('reports 2017 by the district and its communes, counting a residential area under its commune', async () => {
    const r = await callOk(core, 'reports.build', { period: { kind: 'year', year: 2017 } }, viewer);
    expect(unitRows(r)).toEqual([
      ['subtotal', 'Huyện Cũ'],
      ['unit', 'Xã An'],
      ['unit', 'Xã Bình'],
    ]);
    expect(r.unitTable.rows[1]!.cells[4]).toBe(1);
  });

  it("reports 2026 by the new commune and counts last year's records of the merged communes under it", async () => {
    const r = await callOk(core, 'reports.build', { period: { kind: 'year', year: 2026 } }, viewer);
    expect(unitRows(r)).toEqual([['unit', 'Xã An Bình']]);
    expect(sessionsOf(r)).toMatchObject({ value: 1, previous: 2, change: -1 });
    expect(r.indicators.find((i) => i.key === 'sessions.attendees')).toMatchObject({ value: 70, previous: 110 });
  });

  it('refuses a scope that no longer exists at the end of the period, in Vietnamese', async () => {
    const res = await core.dispatch('reports.build', { period: { kind: 'year', year: 2026 }, unitId: ids.a }, viewer);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toContain('không còn tồn tại');
  });

  it('refuses exports for an unknown unit or a malformed signing date, without writing anything', async () => {
    const year2017 = { kind: 'year', year: 2017 } as const;
    const unknown = await core.dispatch('reports.exportXlsx', { period: year2017, unitId: '5b0c1b3e-7f3c-4a52-9d0e-2a1b3c4d5e6f' }, viewer);
    expect(unknown.ok ? 'ok' : unknown.error.code).toBe('NOT_FOUND');
    if (!unknown.ok) expect(unknown.error.message).toContain('không tìm thấy đơn vị');
    const notAnId = await core.dispatch('reports.exportXlsx', { period: year2017, unitId: 'khong-co' }, viewer);
    expect(notAnId.ok ? 'ok' : notAnId.error.issues?.[0]?.path).toEqual(['unitId']);
    const badDate = await core.dispatch('reports.exportPdf', { period: { kind: 'year', year: 2017 }, signedOn: '05/01/2018' }, viewer);
    expect(badDate.ok ? 'ok' : badDate.error.code).toBe('VALIDATION');
    if (!badDate.ok) expect(badDate.error.issues?.[0]?.path).toEqual(['signedOn']);
  });
});

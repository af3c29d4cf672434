import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import type { Report } from '../../../src-main/core/reports/report';
import { admin, callOk, makeTestCore, viewer } from '../../fixtures/core';
import { entryId } from '../../fixtures/seed/catalogue-ids';
import type { UnitKind } from '../../../src-main/contract/units/unit';

let core: Core;
let report: Report;
const ids: Record<string, string> = {};

async function unit(key: string, name: string, kind: UnitKind, parentId: string | null): Promise<string> {
  ids[key] = (await callOk(core, 'units.create', { name, kind, parentId }, admin)).id;
  return ids[key]!;
}

async function session(unitId: string, attendees: number): Promise<void> {
  await callOk(core, 'sessions.create', {
    heldOn: '2017-05-10',
    unitId,
    venueKindId: entryId('KHU_DAN_CU'),
    formId: entryId('TUYEN_TRUYEN'),
    topic: 'Phòng chống tội phạm',
    attendees,
  });
}

// Twelve districts of one commune each; a school directly under the first district and a company
// directly under the second, as a clerk places them when they answer to the district.
beforeAll(async () => {
  core = await makeTestCore();
  const province = await unit('province', 'Tỉnh Thử Nghiệm', 'province', null);
  for (let d = 1; d <= 12; d++) {
    const district = await unit(`d${d}`, `Huyện ${String(d).padStart(2, '0')}`, 'district', province);
    await unit(`c${d}`, `Xã Một ${String(d).padStart(2, '0')}`, 'commune', district);
  }
  await unit('school', 'Trường THPT Huyện 01', 'organisation', ids.d1!);
  await unit('company', 'Công ty May Huyện 02', 'organisation', ids.d2!);
  await session(ids.c1!, 10);
  await session(ids.school!, 40);
  await session(ids.company!, 70);
  await callOk(core, 'registrations.create', { unitId: ids.school!, year: 2017, registeredOn: '2017-02-01' }, admin);
  report = await callOk(core, 'reports.build', { period: { kind: 'range', from: '2017-01-01', to: '2017-12-31' } }, viewer);
}, 60_000);
afterAll(() => core.close());

const ATTENDEES = 5;
const ORG_REGISTERED = 15;

describe('the table by unit', () => {
  it('counts a school and a company kept directly under their districts in those districts, not under the province', () => {
    const rows = report.unitTable.rows;
    expect(rows.map((r) => r.cells[1])).not.toContain('Trực thuộc Tỉnh Thử Nghiệm');
    const subtotal = (name: string) => rows.find((r) => r.kind === 'subtotal' && r.cells[1] === name)!;
    expect(subtotal('Huyện 01').cells[ATTENDEES]).toBe(50);
    expect(subtotal('Huyện 01').cells[ORG_REGISTERED]).toBe(1);
    expect(subtotal('Huyện 02').cells[ATTENDEES]).toBe(70);
    const direct = rows.find((r) => r.cells[1] === 'Trực thuộc Huyện 01')!;
    expect(direct).toMatchObject({ kind: 'unit', level: 1 });
    expect(rows.at(-1)!.cells[ATTENDEES]).toBe(120);
  });

  it('numbers the eleventh and twelfth districts XI and XII', () => {
    const numbers = report.unitTable.rows.filter((r) => r.kind === 'subtotal').map((r) => r.cells[0]);
    expect(numbers.slice(9)).toEqual(['X', 'XI', 'XII']);
  });
});

describe('the period', () => {
  it('titles a range that is exactly one calendar year "Năm 2017"', () => {
    expect(report.period).toEqual({ from: '2017-01-01', to: '2017-12-31', label: 'Năm 2017' });
    expect(report.previous.label).toBe('Cùng kỳ năm 2016');
  });
});

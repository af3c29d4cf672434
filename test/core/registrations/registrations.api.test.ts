import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { registrationCounts } from '../../../src-main/core/registrations';
import { callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { aUnitTree, testClock } from '../../fixtures/records';
import type { ApiInput } from '../../../src-main/contract';

describe('registrations', () => {
  let core: Core;
  let units: ReturnType<typeof aUnitTree>;
  const create = (input: ApiInput<'registrations.create'>) => callOk(core, 'registrations.create', input, clerk);
  const fail = async (name: string, input: object) => {
    const r = await core.dispatch(name, input, clerk);
    if (r.ok) throw new Error(`${name} should have failed`);
    return r.error;
  };
  const recognition = {
    assessment: 'passed',
    decisionNumber: '125/QĐ-UBND',
    decisionDate: '2026-11-15',
    recognisedBy: 'UBND phường Ái Quốc',
  } satisfies Partial<ApiInput<'registrations.update'>>;
  beforeEach(async () => {
    core = await makeTestCore({ clock: testClock });
    units = aUnitTree(core);
  });
  afterEach(() => core.close());

  it('records a registration, not yet assessed, with its evaluation period', async () => {
    const r = await create({ year: 2026, unitId: units.area, registeredOn: '2026-02-10' });
    expect(r).toMatchObject({
      unitName: 'Thôn Đông Hà',
      assessment: 'pending',
      points: null,
      recognised: false,
      evaluationFrom: '2025-11-01',
      evaluationTo: '2026-10-31',
    });
    const school = await create({ year: 2026, unitId: units.school, registeredOn: '2026-03-01' });
    expect(school).toMatchObject({ evaluationFrom: '2025-11-16', evaluationTo: '2026-11-15' });
  });

  it('allows one registration per unit and year, refusing a second in Vietnamese', async () => {
    const first = await create({ year: 2026, unitId: units.area, registeredOn: '2026-02-10' });
    const second = await fail('registrations.create', { year: 2026, unitId: units.area, registeredOn: '2026-03-01' });
    expect(second.code).toBe('CONFLICT');
    expect(second.message).toContain('Thôn Đông Hà');
    expect(second.message).toContain('2026');
    const other = await create({ year: 2025, unitId: units.area, registeredOn: '2025-08-01' });
    expect((await fail('registrations.update', { id: other.id, year: 2026, registeredOn: '2026-01-05' })).code).toBe('CONFLICT');
    expect((await callOk(core, 'registrations.get', { id: first.id }, viewer)).registeredOn).toBe('2026-02-10');
  });

  it('recognises only a registration assessed đạt', async () => {
    const r = await create({ year: 2026, unitId: units.commune, registeredOn: '2026-01-20' });
    const early = await fail('registrations.update', { id: r.id, decisionNumber: '12/QĐ-UBND' });
    expect(early.issues?.[0]).toMatchObject({ path: ['decisionNumber'], message: expect.stringContaining('Đạt') });
    expect((await fail('registrations.update', { id: r.id, assessment: 'failed', decisionDate: '2026-11-15' })).issues?.[0]?.path).toEqual([
      'decisionDate',
    ]);
    const ok = await callOk(core, 'registrations.update', { id: r.id, ...recognition, points: 92.5 }, clerk);
    expect(ok).toMatchObject({ assessment: 'passed', recognised: true, points: 92.5, decisionNumber: '125/QĐ-UBND' });
    expect((await fail('registrations.update', { id: r.id, assessment: 'failed' })).issues?.[0]?.path).toEqual(['decisionNumber']);
    const passedOnly = await create({ year: 2026, unitId: units.area, registeredOn: '2026-02-01', assessment: 'passed' });
    expect(passedOnly.recognised).toBe(false);
  });

  it('dates the recognition decision from the end of the evaluation period', async () => {
    const r = await create({ year: 2026, unitId: units.commune, registeredOn: '2026-01-20', assessment: 'passed' });
    const e = await fail('registrations.update', { id: r.id, decisionDate: '2026-11-10' });
    expect(e.issues?.[0]).toMatchObject({ path: ['decisionDate'], message: expect.stringContaining('15/11/2026') });
  });

  it('refuses points before the assessment', async () => {
    expect(
      (await fail('registrations.create', { year: 2026, unitId: units.area, registeredOn: '2026-02-01', points: 80 })).issues?.[0]?.path,
    ).toEqual(['points']);
  });

  it('keeps the registration date inside the year and the evaluation period of the unit kind', async () => {
    expect((await fail('registrations.create', { year: 2026, unitId: units.area, registeredOn: '2025-12-20' })).issues?.[0]?.path).toEqual([
      'registeredOn',
    ]);
    const late = await fail('registrations.create', { year: 2026, unitId: units.area, registeredOn: '2026-11-05' });
    expect(late.issues?.[0]?.message).toContain('31/10/2026');
    await create({ year: 2026, unitId: units.commune, registeredOn: '2026-11-05' });
    expect((await fail('registrations.create', { year: 2026, unitId: units.school, registeredOn: '2026-11-16' })).code).toBe('VALIDATION');
  });

  it('refuses units that do not register and dates outside the unit validity', async () => {
    expect((await fail('registrations.create', { year: 2026, unitId: units.city, registeredOn: '2026-02-01' })).issues?.[0]?.path).toEqual([
      'unitId',
    ]);
    const abolished = await fail('registrations.create', { year: 2026, unitId: units.oldCommune, registeredOn: '2026-02-01' });
    expect(abolished.issues?.[0]).toMatchObject({ path: ['unitId'], message: expect.stringContaining('Xã Đồng Quang') });
    expect((await create({ year: 2017, unitId: units.oldCommune, registeredOn: '2017-02-01' })).year).toBe(2017);
  });

  it('lets a viewer read but not write, and deletes for good (a create never takes the old id)', async () => {
    const r = await create({ year: 2026, unitId: units.area, registeredOn: '2026-02-10' });
    for (const [name, input] of [
      ['registrations.create', { year: 2026, unitId: units.school, registeredOn: '2026-02-10' }],
      ['registrations.update', { id: r.id, note: 'x' }],
      ['registrations.delete', { id: r.id }],
    ] as const) {
      const res = await core.dispatch(name, input, viewer);
      expect(res.ok ? 'ok' : res.error.code).toBe('FORBIDDEN');
    }
    const gone = await callOk(core, 'registrations.delete', { id: r.id }, clerk);
    expect((await fail('registrations.get', { id: r.id })).code).toBe('NOT_FOUND');
    const kept = await fail('registrations.create', { id: gone.id, year: 2026, unitId: units.area, registeredOn: '2026-02-10' });
    expect(kept.issues?.map((i) => i.path)).toEqual([['id']]);
    expect((await create({ year: 2026, unitId: units.area, registeredOn: '2026-02-10' })).id).not.toBe(r.id);
  });

  it('gives a Vietnamese issue on the path of every bad field', async () => {
    const bad = {
      year: 1800,
      unitId: '',
      registeredOn: '10/02/2026',
      assessment: 'đạt',
      points: -2,
      decisionNumber: 'x'.repeat(61),
      decisionDate: '2026-02-31',
      recognisedBy: 7,
      note: false,
    };
    const e = await fail('registrations.create', bad);
    expect(e.code).toBe('VALIDATION');
    expect([...new Set(e.issues?.map((i) => i.path.join('.')))].sort()).toEqual(Object.keys(bad).sort());
    for (const i of e.issues ?? []) expect(i.message).toMatch(/[àáảãạăâđêôơưếềệớờợứừựộốồể]/i);
  });

  it('lists with filters and diacritic-insensitive search, and counts registered / recognised', async () => {
    const area = await create({ year: 2026, unitId: units.area, registeredOn: '2026-02-10' });
    await callOk(core, 'registrations.update', { id: area.id, ...recognition, decisionDate: '2026-11-01' }, clerk);
    await create({ year: 2026, unitId: units.school, registeredOn: '2026-02-11', assessment: 'failed' });
    await create({ year: 2026, unitId: units.commune, registeredOn: '2026-01-11', note: 'Đăng ký muộn' });
    await create({ year: 2017, unitId: units.oldCommune, registeredOn: '2017-02-01' });
    const list = (q: object) => callOk(core, 'registrations.list', q, viewer);
    expect((await list({})).rows.map((r) => `${r.year} ${r.unitName}`)).toEqual([
      '2026 Phường Ái Quốc',
      '2026 Thôn Đông Hà',
      '2026 Trường THPT Nguyễn Trãi',
      '2017 Xã Đồng Quang',
    ]);
    const byUnit = await list({ sort: [{ column: 'unitName', dir: 'asc' }], limit: 2, offset: 1 });
    expect(byUnit).toMatchObject({ total: 4, rows: [{ unitName: 'Thôn Đông Hà' }, { unitName: 'Trường THPT Nguyễn Trãi' }] });
    expect((await list({ filters: { year: '2026', recognised: 'true' } })).rows.map((r) => r.unitName)).toEqual(['Thôn Đông Hà']);
    expect((await list({ filters: { assessment: 'failed' } })).total).toBe(1);
    expect((await list({ filters: { unitKind: 'commune' } })).total).toBe(2);
    expect((await list({ filters: { unitId: units.city } })).total).toBe(3);
    expect((await list({ search: '125/qd' })).total).toBe(1);
    expect((await list({ search: 'dang ky' })).rows.map((r) => r.unitName)).toEqual(['Phường Ái Quốc']);
    expect((await list({ search: 'dong' })).total).toBe(2);
    const counts = registrationCounts(core.env.store, { year: 2026, unitId: units.city });
    expect(counts).toEqual([
      { unitKind: 'commune', registered: 1, passed: 0, recognised: 0 },
      { unitKind: 'organisation', registered: 1, passed: 0, recognised: 0 },
      { unitKind: 'residential_area', registered: 1, passed: 1, recognised: 1 },
    ]);
  });
});

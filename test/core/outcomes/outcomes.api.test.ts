import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { outcomeTotals } from '../../../src-main/core/outcomes';
import { callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { aModel, aUnitTree, testClock } from '../../fixtures/records';
import type { ApiInput } from '../../../src-main/contract';

describe('outcomes', () => {
  let core: Core;
  let units: ReturnType<typeof aUnitTree>;
  const save = (input: ApiInput<'outcomes.save'>) => callOk(core, 'outcomes.save', input, clerk);
  beforeEach(async () => {
    core = await makeTestCore({ clock: testClock });
    units = aUnitTree(core);
  });
  afterEach(() => core.close());

  it('makes a row for a new unit and month, with absent counts at 0', async () => {
    const r = await save({ unitId: units.area, period: '2026-03', tipsReceived: 12, valuableTips: 5 });
    expect(r.updated).toBe(false);
    expect(r.outcome).toMatchObject({
      unitName: 'Thôn Đông Hà',
      tipsReceived: 12,
      valuableTips: 5,
      casesSolved: 0,
      modelId: null,
      note: '',
    });
    expect(await callOk(core, 'outcomes.get', { id: r.outcome.id }, viewer)).toEqual(r.outcome);
  });

  it('edits the first row when a second is entered for the same unit and month with mode replace', async () => {
    const first = await save({ unitId: units.area, period: '2026-03', tipsReceived: 12, valuableTips: 5, note: 'Tháng 3' });
    const second = await save({ unitId: units.area, period: '2026-03', casesSolved: 2, suspectsArrested: 3, mode: 'replace' });
    expect(second.action).toBe('replaced');
    expect(second.updated).toBe(true);
    expect(second.outcome).toMatchObject({
      id: first.outcome.id,
      tipsReceived: 12,
      valuableTips: 5,
      casesSolved: 2,
      suspectsArrested: 3,
      note: 'Tháng 3',
    });
    expect((await callOk(core, 'outcomes.list', {}, viewer)).total).toBe(1);
    const other = await save({ unitId: units.area, period: '2026-04', tipsReceived: 1 });
    expect(other.updated).toBe(false);
  });

  it('refuses more valuable tips than tips received, on save and on edit, keeping the stored row', async () => {
    const bad = await core.dispatch('outcomes.save', { unitId: units.area, period: '2026-03', tipsReceived: 3, valuableTips: 4 }, clerk);
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['valuableTips'] }] } });
    if (!bad.ok) expect(bad.error.message).toContain('không được lớn hơn');
    const { outcome } = await save({ unitId: units.area, period: '2026-03', tipsReceived: 3, valuableTips: 3 });
    const lower = await core.dispatch('outcomes.update', { id: outcome.id, tipsReceived: 2 }, clerk);
    expect(lower).toMatchObject({ ok: false, error: { issues: [{ path: ['valuableTips'] }] } });
    const again = await core.dispatch('outcomes.save', { unitId: units.area, period: '2026-03', valuableTips: 9, mode: 'replace' }, clerk);
    expect(again.ok).toBe(false);
    expect(await callOk(core, 'outcomes.get', { id: outcome.id }, viewer)).toMatchObject({ tipsReceived: 3, valuableTips: 3 });
  });

  it('accepts a month in which the unit existed on its first or last day, and refuses others', async () => {
    await save({ unitId: units.district, period: '2025-06', tipsReceived: 1 });
    await save({ unitId: units.commune, period: '2025-07', tipsReceived: 1 });
    const late = await core.dispatch('outcomes.save', { unitId: units.district, period: '2025-07' }, clerk);
    expect(late).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['unitId'] }] } });
    const early = await core.dispatch('outcomes.save', { unitId: units.commune, period: '2025-06' }, clerk);
    expect(early.ok).toBe(false);
    const future = await core.dispatch('outcomes.save', { unitId: units.commune, period: '2026-12' }, clerk);
    expect(future).toMatchObject({ ok: false, error: { issues: [{ path: ['period'] }] } });
  });

  it('refuses to move a row onto a unit and month that has one', async () => {
    await save({ unitId: units.area, period: '2026-03' });
    const { outcome } = await save({ unitId: units.area, period: '2026-04' });
    const r = await core.dispatch('outcomes.update', { id: outcome.id, period: '2026-03' }, clerk);
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!r.ok) expect(r.error.message).toContain('03/2026');
    expect((await callOk(core, 'outcomes.update', { id: outcome.id, period: '2026-05', weaponsHandedIn: 2 }, clerk)).period).toBe(
      '2026-05',
    );
  });

  it('attributes a row to a model and refuses an unknown model', async () => {
    const model = await aModel(core, units.area, 'Tiếng kẻng an ninh thôn Đông Hà');
    const r = await save({ unitId: units.area, period: '2026-02', modelId: model, tipsReceived: 4 });
    expect(r.outcome).toMatchObject({ modelId: model, modelName: 'Tiếng kẻng an ninh thôn Đông Hà' });
    expect((await callOk(core, 'outcomes.list', { filters: { modelId: model } }, viewer)).total).toBe(1);
    const bad = await core.dispatch(
      'outcomes.save',
      { unitId: units.area, period: '2026-01', modelId: '00000000-0000-4000-8000-000000000000' },
      clerk,
    );
    expect(bad).toMatchObject({ ok: false, error: { issues: [{ path: ['modelId'] }] } });
  });

  it('deletes a row and lets a viewer only read', async () => {
    const { outcome } = await save({ unitId: units.area, period: '2026-03' });
    for (const [name, input] of [
      ['outcomes.save', { unitId: units.area, period: '2026-03' }],
      ['outcomes.update', { id: outcome.id, tipsReceived: 1 }],
      ['outcomes.delete', { id: outcome.id }],
    ] as const) {
      const r = await core.dispatch(name, input, viewer);
      expect(r.ok ? 'ok' : r.error.code).toBe('FORBIDDEN');
    }
    expect((await callOk(core, 'outcomes.delete', { id: outcome.id }, clerk)).id).toBe(outcome.id);
    const gone = await core.dispatch('outcomes.get', { id: outcome.id }, viewer);
    expect(gone.ok ? 'ok' : gone.error.code).toBe('NOT_FOUND');
  });

  it('gives a Vietnamese issue on the path of every bad field', async () => {
    const bad = {
      unitId: 5,
      period: '2026-13',
      tipsReceived: -1,
      valuableTips: 1.5,
      casesSolved: '2',
      suspectsArrested: null,
      weaponsHandedIn: Number.NaN,
      modelId: 'x',
      note: 'n'.repeat(2001),
    };
    const r = await core.dispatch('outcomes.save', bad, clerk);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([...new Set(r.error.issues?.map((i) => i.path.join('.')))].sort()).toEqual(Object.keys(bad).sort());
    for (const i of r.error.issues ?? []) expect(i.message).toMatch(/[àáảãạăâđêôơưếềệớờợứừựộốồ]/i);
  });

  it('lists with filters, search ignoring diacritics, Vietnamese sort, and sums totals', async () => {
    await save({ unitId: units.area, period: '2026-03', tipsReceived: 10, valuableTips: 4, note: 'Đặng gửi tin' });
    await save({ unitId: units.school, period: '2026-03', tipsReceived: 2, valuableTips: 1 });
    await save({ unitId: units.oldCommune, period: '2017-08', tipsReceived: 7, valuableTips: 7 });
    const list = (q: object) => callOk(core, 'outcomes.list', q, viewer);
    expect((await list({})).rows.map((r) => r.unitName)).toEqual(['Thôn Đông Hà', 'Trường THPT Nguyễn Trãi', 'Xã Đồng Quang']);
    expect((await list({ search: 'dang' })).rows.map((r) => r.unitName)).toEqual(['Thôn Đông Hà']);
    expect((await list({ search: 'dong' })).total).toBe(2);
    expect((await list({ filters: { unitId: units.city, year: '2026' } })).total).toBe(2);
    expect((await list({ filters: { from: '2017-01', to: '2017-12' } })).total).toBe(1);
    expect((await list({ sort: [{ column: 'tipsReceived', dir: 'desc' }] })).rows.map((r) => r.tipsReceived)).toEqual([10, 7, 2]);
    await save({ unitId: units.area, period: '2026-01', tipsReceived: 1 });
    const byUnit = await list({ sort: [{ column: 'unitName', dir: 'desc' }] });
    expect(byUnit.rows.map((r) => `${r.unitName} ${r.period}`)).toEqual([
      'Xã Đồng Quang 2017-08',
      'Trường THPT Nguyễn Trãi 2026-03',
      'Thôn Đông Hà 2026-03',
      'Thôn Đông Hà 2026-01',
    ]);
    const bad = await core.dispatch('outcomes.list', { filters: { period: 'March' } }, viewer);
    expect(bad).toMatchObject({ ok: false, error: { issues: [{ path: ['filters', 'period'] }] } });
    const totals = outcomeTotals(core.env.store, { unitId: units.city, from: '2026-01', to: '2026-12' });
    expect(totals).toMatchObject({ rows: 3, tipsReceived: 13, valuableTips: 5 });
    expect(outcomeTotals(core.env.store, { unitId: null, from: '2017-01', to: '2017-12' })).toMatchObject({ rows: 1, tipsReceived: 7 });
  });
});

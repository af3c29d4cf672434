import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { aModel, aUnitTree, testClock } from '../../fixtures/records';
import type { ApiInput } from '../../../src-main/contract';

/** A save for a unit and month that already has a row: refused without a mode, else replace, add or skip. */
describe('outcomes.save for a unit-month that exists', () => {
  let core: Core;
  let units: ReturnType<typeof aUnitTree>;
  const save = (input: ApiInput<'outcomes.save'>) => callOk(core, 'outcomes.save', input, clerk);
  const stored = async () => (await callOk(core, 'outcomes.list', { filters: { period: '2026-03' } }, viewer)).rows;
  beforeEach(async () => {
    core = await makeTestCore({ clock: testClock });
    units = aUnitTree(core);
    await save({ unitId: units.area, period: '2026-03', tipsReceived: 10, valuableTips: 4, casesSolved: 1, note: 'Đợt 1' });
  });
  afterEach(() => core.close());

  it('refuses without a mode, naming the unit and month, and keeps the stored row', async () => {
    const r = await core.dispatch('outcomes.save', { unitId: units.area, period: '2026-03', tipsReceived: 3 }, clerk);
    expect(r).toMatchObject({ ok: false, error: { code: 'EXISTS' } });
    if (!r.ok) expect(r.error.message).toMatch(/Thôn Đông Hà.*03\/2026.*thay thế, cộng thêm hoặc bỏ qua/);
    expect(await stored()).toMatchObject([{ tipsReceived: 10, valuableTips: 4, version: 1 }]);
  });

  it('replaces the given fields and keeps the others', async () => {
    const r = await save({ unitId: units.area, period: '2026-03', tipsReceived: 3, valuableTips: 2, mode: 'replace' });
    expect(r).toMatchObject({ updated: true, action: 'replaced' });
    expect(await stored()).toMatchObject([{ tipsReceived: 3, valuableTips: 2, casesSolved: 1, note: 'Đợt 1', version: 2 }]);
  });

  it('adds the counts to the row, appends the note and takes a given model', async () => {
    const model = await aModel(core, units.area, 'Tiếng kẻng an ninh thôn Đông Hà');
    const r = await save({
      unitId: units.area,
      period: '2026-03',
      tipsReceived: 5,
      valuableTips: 5,
      modelId: model,
      note: 'Đợt 2',
      mode: 'add',
    });
    expect(r).toMatchObject({ updated: true, action: 'added' });
    expect(await stored()).toMatchObject([
      { tipsReceived: 15, valuableTips: 9, casesSolved: 1, suspectsArrested: 0, modelId: model, note: 'Đợt 1; Đợt 2' },
    ]);
  });

  it('skips: the stored row is returned untouched', async () => {
    const r = await save({ unitId: units.area, period: '2026-03', tipsReceived: 99, valuableTips: 99, mode: 'skip' });
    expect(r).toMatchObject({ updated: false, action: 'skipped', outcome: { tipsReceived: 10, version: 1 } });
    expect(await stored()).toMatchObject([{ tipsReceived: 10, version: 1 }]);
  });

  it('makes a new row whatever the mode when the unit-month has none, and still checks the rules on add', async () => {
    const r = await save({ unitId: units.area, period: '2026-04', tipsReceived: 2, mode: 'skip' });
    expect(r).toMatchObject({ updated: false, action: 'created', outcome: { tipsReceived: 2 } });
    const bad = await core.dispatch('outcomes.save', { unitId: units.area, period: '2026-03', valuableTips: 7, mode: 'add' }, clerk);
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['valuableTips'] }] } });
  });
});

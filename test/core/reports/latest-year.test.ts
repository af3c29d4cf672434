import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { aUnitTree, testClock } from '../../fixtures/records';

/** Screens open on the latest year with data; a comparison year with nothing recorded is said to be so. */
describe('the latest year with data and empty comparisons', () => {
  let core: Core;
  let units: ReturnType<typeof aUnitTree>;
  beforeEach(async () => {
    core = await makeTestCore({ clock: testClock });
    units = aUnitTree(core);
  });
  afterEach(() => core.close());

  it('is the current year, without data, when nothing is recorded', async () => {
    expect(await callOk(core, 'reports.latestYear', {}, viewer)).toEqual({ year: 2026, hasData: false });
    const d = await callOk(core, 'reports.dashboard', {}, viewer);
    expect(d).toMatchObject({ year: 2026, previousHasData: false });
  });

  it('is the latest year of any outcome, session or registration, and the overview opens on it', async () => {
    await callOk(core, 'outcomes.save', { unitId: units.district, period: '2024-05', tipsReceived: 3, valuableTips: 1 }, clerk);
    expect(await callOk(core, 'reports.latestYear', {}, viewer)).toEqual({ year: 2024, hasData: true });
    await callOk(core, 'registrations.create', { unitId: units.area, year: 2025, registeredOn: '2025-08-01' }, clerk);
    expect(await callOk(core, 'reports.latestYear', {}, viewer)).toEqual({ year: 2025, hasData: true });
    expect(await callOk(core, 'reports.dashboard', {}, viewer)).toMatchObject({ year: 2025 });
  });

  it('says the comparison year has no data instead of a change', async () => {
    await callOk(core, 'outcomes.save', { unitId: units.area, period: '2026-05', tipsReceived: 30, valuableTips: 21 }, clerk);
    const d = await callOk(core, 'reports.dashboard', {}, viewer);
    expect(d).toMatchObject({ year: 2026, previousHasData: false });
    expect(d.keyFigures.find((k) => k.key === 'outcomes.valuable')).toMatchObject({ value: 21, previous: 0 });
    await callOk(core, 'outcomes.save', { unitId: units.area, period: '2025-08', tipsReceived: 2, valuableTips: 1 }, clerk);
    expect(await callOk(core, 'reports.dashboard', {}, viewer)).toMatchObject({ year: 2026, previousHasData: true });
  });

  it('marks a report whose period or comparison year holds nothing, and its narrative claims no change', async () => {
    await callOk(core, 'outcomes.save', { unitId: units.area, period: '2026-05', tipsReceived: 30, valuableTips: 21 }, clerk);
    const year = (y: number) => callOk(core, 'reports.build', { period: { kind: 'year', year: y } }, viewer);
    expect(await year(2024)).toMatchObject({ hasData: false, previousHasData: false });
    const first = await year(2026);
    expect(first).toMatchObject({ hasData: true, previousHasData: false });
    expect(first.narrative.join(' ')).toContain('cùng kỳ chưa có số liệu');
    expect(first.narrative.join(' ')).not.toMatch(/(tăng|giảm) [\d.]+ .*so với cùng kỳ/);
    await callOk(core, 'outcomes.save', { unitId: units.area, period: '2025-08', tipsReceived: 2, valuableTips: 1 }, clerk);
    expect(await year(2026)).toMatchObject({ hasData: true, previousHasData: true });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { admin, callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { FORM_TALK, VENUE_RESIDENTIAL, aUnit, aUnitTree, testClock } from '../../fixtures/records';

/** Referential integrity between the records and the units and catalogues they name. */
describe('records and the units and catalogue entries they use', () => {
  let core: Core;
  let units: ReturnType<typeof aUnitTree>;
  const session = (unitId: string, heldOn: string) =>
    callOk(core, 'sessions.create', { heldOn, unitId, venueKindId: VENUE_RESIDENTIAL, formId: FORM_TALK, topic: 'Tuyên truyền' }, clerk);
  beforeEach(async () => {
    core = await makeTestCore({ clock: testClock });
    units = aUnitTree(core);
  });
  afterEach(() => core.close());

  it('refuses to delete a unit that a session, an outcome or a registration uses', async () => {
    const a = aUnit(core, { name: 'Công ty May 10', kind: 'organisation', parentId: units.commune });
    const b = aUnit(core, { name: 'Công ty Gốm Chu Đậu', kind: 'organisation', parentId: units.commune });
    const c = aUnit(core, { name: 'Trường Tiểu học Ái Quốc', kind: 'organisation', parentId: units.commune });
    await session(a, '2026-03-01');
    await callOk(core, 'outcomes.save', { unitId: b, period: '2026-03' }, clerk);
    await callOk(core, 'registrations.create', { unitId: c, year: 2026, registeredOn: '2026-02-01' }, clerk);
    for (const id of [a, b, c]) {
      const r = await core.dispatch('units.delete', { id }, admin);
      expect(r.ok ? 'ok' : r.error.code).toBe('CONFLICT');
    }
    const unused = aUnit(core, { name: 'Công ty chưa có hồ sơ', kind: 'organisation', parentId: units.commune });
    expect((await core.dispatch('units.delete', { id: unused }, admin)).ok).toBe(true);
  });

  it('refuses to delete a catalogue entry a session uses', async () => {
    await session(units.area, '2026-03-01');
    const r = await core.dispatch('catalogues.delete', { id: FORM_TALK }, admin);
    expect(r.ok ? 'ok' : r.error.code).toBe('CONFLICT');
  });

  it('keeps a 2017 record on a commune merged in 2025, and refuses new records on it', async () => {
    const old = await session(units.oldCommune, '2017-08-19');
    await callOk(core, 'units.merge', { id: units.oldCommune, successorId: units.commune, validUntil: '2025-06-30' }, admin);
    expect(await callOk(core, 'sessions.get', { id: old.id }, viewer)).toMatchObject({ unitName: 'Xã Đồng Quang', heldOn: '2017-08-19' });
    const fresh = await core.dispatch(
      'sessions.create',
      { heldOn: '2026-03-01', unitId: units.oldCommune, venueKindId: VENUE_RESIDENTIAL, formId: FORM_TALK, topic: 'x' },
      clerk,
    );
    expect(fresh).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['unitId'] }] } });
  });
});

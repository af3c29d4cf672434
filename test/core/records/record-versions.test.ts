import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { FORM_TALK, VENUE_RESIDENTIAL, aUnitTree, testClock } from '../../fixtures/records';

/** Issue 10 item 2: every record kind carries a version and refuses a write made against a stale one. */
describe('record versions and conflicts (sessions, outcomes, registrations)', () => {
  let core: Core;
  let units: ReturnType<typeof aUnitTree>;
  const newSession = () =>
    callOk(
      core,
      'sessions.create',
      { heldOn: '2026-03-01', unitId: units.area, venueKindId: VENUE_RESIDENTIAL, formId: FORM_TALK, topic: 'A' },
      clerk,
    );
  beforeEach(async () => {
    core = await makeTestCore({ clock: testClock });
    units = aUnitTree(core);
  });
  afterEach(() => core.close());

  it('starts at 1 and adds 1 on each write, in every output', async () => {
    const s = await newSession();
    expect(s.version).toBe(1);
    const u1 = await callOk(core, 'sessions.update', { id: s.id, topic: 'B', expectedVersion: 1 }, clerk);
    const u2 = await callOk(core, 'sessions.update', { id: s.id, attendees: 5 }, clerk);
    expect([u1.version, u2.version]).toEqual([2, 3]);
    expect((await callOk(core, 'sessions.get', { id: s.id }, viewer)).version).toBe(3);
    const page = await callOk(core, 'sessions.list', { offset: 0, limit: 10 }, viewer);
    expect(page.rows[0]?.version).toBe(3);
  });

  it('refuses a stale update with CONFLICT and the current record, and leaves the record as it was', async () => {
    const s = await newSession();
    await callOk(core, 'sessions.update', { id: s.id, topic: 'Tab 1', expectedVersion: 1 }, clerk);
    const stale = await core.dispatch('sessions.update', { id: s.id, topic: 'Tab 2', expectedVersion: 1 }, clerk);
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', current: { id: s.id, topic: 'Tab 1', version: 2 } } });
    expect(stale.ok ? '' : stale.error.message).toMatch(/cửa sổ khác/);
    expect(await callOk(core, 'sessions.get', { id: s.id }, viewer)).toMatchObject({ topic: 'Tab 1', version: 2 });
  });

  it('refuses a stale delete, and deletes with the current version', async () => {
    const s = await newSession();
    await callOk(core, 'sessions.update', { id: s.id, topic: 'B' }, clerk);
    const stale = await core.dispatch('sessions.delete', { id: s.id, expectedVersion: 1 }, clerk);
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', current: { version: 2 } } });
    expect((await core.dispatch('sessions.delete', { id: s.id, expectedVersion: 2 }, clerk)).ok).toBe(true);
  });

  it('versions outcomes (also through outcomes.save) and registrations the same way', async () => {
    const saved = await callOk(core, 'outcomes.save', { unitId: units.area, period: '2026-03' }, clerk);
    expect(saved.outcome.version).toBe(1);
    const again = await callOk(core, 'outcomes.save', { unitId: units.area, period: '2026-03', tipsReceived: 2, mode: 'replace' }, clerk);
    expect(again.outcome.version).toBe(2);
    const stale = await core.dispatch('outcomes.update', { id: saved.outcome.id, tipsReceived: 3, expectedVersion: 1 }, clerk);
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', current: { tipsReceived: 2 } } });
    const r = await callOk(core, 'registrations.create', { unitId: units.area, year: 2026, registeredOn: '2026-02-01' }, clerk);
    const stale2 = await core.dispatch('registrations.update', { id: r.id, note: 'x', expectedVersion: 9 }, clerk);
    expect(stale2).toMatchObject({ ok: false, error: { code: 'CONFLICT', current: { version: 1 } } });
  });
});

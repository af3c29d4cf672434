import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk, clerk, makeTestCore } from '../../fixtures/core';
import { aProvinceTree } from '../units/builders';
import { aModel } from './builders';

let core: Core;
let t: Awaited<ReturnType<typeof aProvinceTree>>;
beforeEach(async () => {
  core = await makeTestCore({ clock: () => new Date('2026-03-01T08:00:00Z') });
  t = await aProvinceTree(core);
});
afterEach(() => core.close());

/** Issue 10 item 2 for the hand-written models repo: update, status change and delete check the version. */
describe('model versions', () => {
  it('adds 1 on update and on a status change', async () => {
    const m = await aModel(core, t.oldCommune.id);
    expect(m.version).toBe(1);
    const u = await callOk(core, 'models.update', { id: m.id, name: 'Mới', expectedVersion: 1 }, clerk);
    const s = await callOk(
      core,
      'models.setStatus',
      { id: m.id, status: 'suspended', effectiveOn: '2019-01-01', expectedVersion: 2 },
      clerk,
    );
    expect([u.version, s.version]).toEqual([2, 3]);
  });

  it('refuses a stale update, status change or delete with CONFLICT and the current model', async () => {
    const m = await aModel(core, t.oldCommune.id);
    await callOk(core, 'models.update', { id: m.id, name: 'Tab 1' }, clerk);
    const calls = [
      core.dispatch('models.update', { id: m.id, name: 'Tab 2', expectedVersion: 1 }, clerk),
      core.dispatch('models.setStatus', { id: m.id, status: 'suspended', effectiveOn: '2019-01-01', expectedVersion: 1 }, clerk),
      core.dispatch('models.delete', { id: m.id, expectedVersion: 1 }, clerk),
    ];
    for (const r of await Promise.all(calls)) {
      expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', current: { name: 'Tab 1', version: 2 } } });
    }
    expect(await callOk(core, 'models.get', { id: m.id }, clerk)).toMatchObject({ name: 'Tab 1', status: 'active', version: 2 });
  });
});

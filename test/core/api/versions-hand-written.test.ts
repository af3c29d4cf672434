import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { admin, callOk, clerk, makeTestCore } from '../../fixtures/core';
import { createDecision, person, seedReferences } from '../commendations/fixtures';

/**
 * Issue 10 item 2 for the hand-written repos (units, catalogues, decisions, recipients): each record
 * carries `version`, +1 on each write, and a write with a stale `expectedVersion` is refused with
 * CONFLICT and the record as it is now, leaving it unchanged.
 */
describe('versions of units, catalogue entries, decisions and recipients', () => {
  let core: Core;
  beforeEach(async () => {
    core = await makeTestCore({ clock: () => new Date('2026-12-20T08:00:00Z') });
    seedReferences(core);
  });
  afterEach(() => core.close());

  const conflict = (current: object) => ({ ok: false, error: { code: 'CONFLICT', current } });

  it('units: update, retire, restore and delete check the version', async () => {
    const u = await callOk(core, 'units.create', { name: 'Tỉnh Mới', kind: 'province', parentId: null }, admin);
    expect(u.version).toBe(1);
    const renamed = await callOk(core, 'units.update', { id: u.id, name: 'Tỉnh Mới 2', expectedVersion: 1 }, admin);
    const retired = await callOk(core, 'units.retire', { id: u.id, validUntil: '2026-06-30', expectedVersion: 2 }, admin);
    expect([renamed.version, retired.version]).toEqual([2, 3]);
    expect(await core.dispatch('units.restore', { id: u.id, expectedVersion: 2 }, admin)).toMatchObject(conflict({ version: 3 }));
    expect(await core.dispatch('units.update', { id: u.id, name: 'x', expectedVersion: 1 }, admin)).toMatchObject(
      conflict({ name: 'Tỉnh Mới 2' }),
    );
    expect(await core.dispatch('units.delete', { id: u.id, expectedVersion: 1 }, admin)).toMatchObject(conflict({ version: 3 }));
    expect((await core.dispatch('units.delete', { id: u.id, expectedVersion: 3 }, admin)).ok).toBe(true);
  });

  it('catalogue entries: rename, retire and delete check the version', async () => {
    const e = await callOk(core, 'catalogues.create', { catalogue: 'occasion', name: 'Đợt mới' }, admin);
    expect(e.version).toBe(1);
    const r = await callOk(core, 'catalogues.rename', { id: e.id, name: 'Đợt mới 2', expectedVersion: 1 }, admin);
    expect(r.version).toBe(2);
    expect(await core.dispatch('catalogues.retire', { id: e.id, expectedVersion: 1 }, admin)).toMatchObject(
      conflict({ name: 'Đợt mới 2' }),
    );
    expect(await core.dispatch('catalogues.delete', { id: e.id, expectedVersion: 1 }, admin)).toMatchObject(conflict({ version: 2 }));
    expect((await callOk(core, 'catalogues.retire', { id: e.id, expectedVersion: 2 }, admin)).version).toBe(3);
  });

  it('decisions and recipients: updates and deletes check the version; numbering is a write', async () => {
    const d = await createDecision(core);
    expect(d.version).toBe(1);
    const { id: _id, version: _v, ...fields } = d;
    const d2 = await callOk(core, 'commendations.updateDecision', { ...fields, id: d.id, subject: 'Mới', expectedVersion: 1 }, clerk);
    expect(d2.version).toBe(2);
    const stale = await core.dispatch('commendations.updateDecision', { ...fields, id: d.id, expectedVersion: 1 }, clerk);
    expect(stale).toMatchObject(conflict({ subject: 'Mới' }));
    const { recipient } = await callOk(core, 'commendations.addRecipient', { decisionId: d.id, ...person() }, clerk);
    expect(recipient.version).toBe(1);
    await callOk(core, 'commendations.assignRegistryNumbers', { decisionId: d.id }, clerk);
    const renamed = await core.dispatch('commendations.updateRecipient', { id: recipient.id, name: 'Lê Văn B', expectedVersion: 1 }, clerk);
    expect(renamed).toMatchObject(conflict({ version: 2 }));
    const del = await core.dispatch('commendations.deleteRecipient', { id: recipient.id, expectedVersion: 1 }, clerk);
    expect(del).toMatchObject(conflict({ version: 2 }));
    expect(await core.dispatch('commendations.deleteDecision', { id: d.id, expectedVersion: 1 }, clerk)).toMatchObject(
      conflict({ version: 2 }),
    );
  });
});

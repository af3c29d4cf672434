import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { admin, callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';

const clock = () => new Date('2026-11-20T01:02:03.000Z');

async function history(core: Core, recordId: string) {
  return (await callOk(core, 'audit.list', { recordId, limit: 50 }, admin)).entries;
}

const aProvince = (core: Core, name = 'Tỉnh Bắc Ninh') => callOk(core, 'units.create', { name, kind: 'province' }, clerk);

describe('audit trail of writes', () => {
  it('appends one row per changed record, with who, when, the method and the fields set', async () => {
    const core = await makeTestCore({ clock });
    const unit = await aProvince(core);
    const rows = await history(core, unit.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      at: '2026-11-20T01:02:03.000Z',
      username: 'test-clerk',
      role: 'clerk',
      method: 'units.create',
      kind: 'units',
      recordId: unit.id,
      action: 'create',
    });
    expect(rows[0]?.changes).toMatchObject({ name: [null, 'Tỉnh Bắc Ninh'], kind: [null, 'province'] });
    // Folded search/sort keys, the version and timestamps are noise, not changes.
    expect(Object.keys(rows[0]?.changes ?? {})).not.toContain('name_search');
    expect(Object.keys(rows[0]?.changes ?? {})).not.toContain('version');
    core.close();
  });

  it('writes the row in the same transaction: a refused write leaves no row', async () => {
    const core = await makeTestCore({ clock });
    const unit = await aProvince(core);
    const before = (await callOk(core, 'audit.list', { limit: 500 }, admin)).entries.length;
    const stale = await core.call('units.update', { id: unit.id, name: 'Khác', expectedVersion: 99 }, clerk);
    expect(stale.ok).toBe(false);
    const forbidden = await core.call('units.create', { name: 'Xã A', kind: 'province' }, viewer);
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await callOk(core, 'audit.list', { limit: 500 }, admin)).entries).toHaveLength(before);
    expect(core.env.store.get<{ n: number }>('SELECT count(*) AS n FROM temp.audit_pending')?.n).toBe(0);
    core.close();
  });

  it('logs only the changed fields of an update, before and after', async () => {
    const core = await makeTestCore({ clock });
    const unit = await aProvince(core);
    await callOk(core, 'units.update', { id: unit.id, name: 'Tỉnh Bắc Giang', code: 'BG' }, clerk);
    const [update] = await history(core, unit.id);
    expect(update).toMatchObject({ action: 'update', method: 'units.update' });
    expect(update?.changes).toEqual({ name: ['Tỉnh Bắc Ninh', 'Tỉnh Bắc Giang'], code: [null, 'BG'] });
    core.close();
  });

  it('keeps the values a delete removed', async () => {
    const core = await makeTestCore({ clock });
    const unit = await aProvince(core);
    await callOk(core, 'units.delete', { id: unit.id }, admin);
    const [deleted] = await history(core, unit.id);
    expect(deleted).toMatchObject({ action: 'delete', username: 'cli', role: 'admin' });
    expect(deleted?.changes).toMatchObject({ name: ['Tỉnh Bắc Ninh', null], kind: ['province', null] });
    core.close();
  });

  it('logs nothing for reads, and reads journal nothing', async () => {
    const core = await makeTestCore({ clock });
    await aProvince(core);
    const count = () => core.env.store.get<{ n: number }>('SELECT count(*) AS n FROM audit_log')?.n;
    const n = count();
    await callOk(core, 'units.list', {}, viewer);
    await callOk(core, 'system.settings.get', {}, viewer);
    expect(count()).toBe(n);
    core.close();
  });

  it('covers settings, catalogues and the writes a handler makes after an await (units.import)', async () => {
    const core = await makeTestCore({ clock });
    await callOk(core, 'system.settings.update', { officeName: 'PHÒNG PV05', parentBodyName: 'CA', provinceName: 'BN', placeName: 'BN' });
    const settings = await callOk(core, 'audit.list', { kind: 'settings', limit: 5 }, admin);
    expect(settings.entries[0]).toMatchObject({ method: 'system.settings.update', recordId: '1', action: 'update' });
    expect(settings.entries[0]?.changes).toMatchObject({ office_name: ['', 'PHÒNG PV05'] });
    const csv = 'Mã,Tên,Cấp,Mã cấp trên\nBN,Tỉnh Bắc Ninh,province,\n';
    await callOk(core, 'units.import', { format: 'csv', contentBase64: Buffer.from(csv).toString('base64') }, admin);
    const imported = await callOk(core, 'audit.list', { method: 'units.import', limit: 5 }, admin);
    expect(imported.entries).toHaveLength(1);
    expect(imported.entries[0]).toMatchObject({ kind: 'units', action: 'create', username: 'cli' });
    core.close();
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src-main/core/app/open-core';
import { RESOURCES_DIR, admin, callOk, clerk, makeTestCore, viewer, withFixtureAccounts } from '../../fixtures/core';

const office = (officeName: string) => ({
  officeName,
  parentBodyName: 'CÔNG AN TỈNH BẮC NINH',
  provinceName: 'Bắc Ninh',
  placeName: 'Bắc Ninh',
});

function fileCore(): Promise<Core> {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'antq-backups-')), 'office.sqlite');
  let t = new Date('2026-11-28T02:00:00.000Z').getTime();
  // Each call a second later, so backups made in one test have distinct times.
  return openCore({ dbPath, resourcesDir: RESOURCES_DIR, clock: () => new Date((t += 1000)) }).then(withFixtureAccounts);
}

const officeName = async (core: Core) => (await callOk(core, 'system.settings.get', {})).officeName;

describe('system.backups', () => {
  it('creates a verified backup and lists it, newest first', async () => {
    const core = await fileCore();
    const made = await callOk(core, 'system.backups.create', {});
    expect(made.reason).toBe('manual');
    expect(made.bytes).toBeGreaterThan(0);
    const { backups } = await callOk(core, 'system.backups.list', {}, viewer);
    expect(backups[0]).toEqual(made);
    const status = await callOk(core, 'system.status', {}, viewer);
    expect(status.lastBackup?.at).toBe(made.at);
    expect(status.fileName).toBe('office.sqlite');
    core.close();
  });

  it('restores a backup after the call transaction ended, and the restore can be undone', async () => {
    const core = await fileCore();
    await callOk(core, 'system.settings.update', office('PHÒNG A'));
    const point = await callOk(core, 'system.backups.create', {});
    await callOk(core, 'system.settings.update', office('PHÒNG B'));

    const restored = await callOk(core, 'system.backups.restore', { name: point.name });
    expect(restored.restored).toBe(point.name);
    expect(restored.undoBackup.reason).toBe('before-restore');
    expect(await officeName(core)).toBe('PHÒNG A');
    // Writes keep working on the swapped database.
    await callOk(core, 'system.settings.update', office('PHÒNG C'));
    expect(await officeName(core)).toBe('PHÒNG C');

    await callOk(core, 'system.backups.restore', { name: restored.undoBackup.name });
    expect(await officeName(core)).toBe('PHÒNG B');
    core.close();
  });

  it('allows only administrators to create and restore', async () => {
    const core = await fileCore();
    expect(await core.dispatch('system.backups.create', {}, clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await core.dispatch('system.backups.restore', { name: 'x' }, clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    core.close();
  });

  it('refuses an unknown backup name or a path, changing nothing', async () => {
    const core = await fileCore();
    await callOk(core, 'system.settings.update', office('PHÒNG A'));
    for (const name of ['khong-co.sqlite', '/etc/passwd', '../office.sqlite']) {
      const r = await core.dispatch('system.backups.restore', { name }, admin);
      expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(await officeName(core)).toBe('PHÒNG A');
    core.close();
  });

  it('says clearly that an in-memory database has no backups', async () => {
    const core = await makeTestCore();
    const r = await core.dispatch('system.backups.create', {}, admin);
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Cơ sở dữ liệu tạm trong bộ nhớ không có bản sao lưu.' } });
    expect(await callOk(core, 'system.backups.list', {})).toEqual({ backups: [] });
    expect(await callOk(core, 'system.status', {})).toMatchObject({ path: null, fileName: null, backupsAvailable: false });
    core.close();
  });
});

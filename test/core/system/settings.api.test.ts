import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../src-main/core/app/open-core';
import { datedLine } from '../../../src-main/core/system';
import { RESOURCES_DIR, admin, callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';

const settings = {
  officeName: 'PHÒNG THAM MƯU',
  parentBodyName: 'CÔNG AN TỈNH BẮC NINH',
  provinceName: 'Bắc Ninh',
  placeName: 'Bắc Ninh',
};

describe('system.settings', () => {
  it('starts empty and lets any role read it', async () => {
    const core = await makeTestCore();
    expect(await callOk(core, 'system.settings.get', {}, viewer)).toEqual({
      officeName: '',
      parentBodyName: '',
      provinceName: '',
      placeName: '',
      updatedAt: null,
    });
    core.close();
  });

  it('is updated by an administrator only, stored in NFC and stamped with the call time', async () => {
    const core = await makeTestCore({ clock: () => new Date('2026-11-28T03:00:00.000Z') });
    const denied = await core.dispatch('system.settings.update', settings, clerk);
    expect(denied).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const decomposed = { ...settings, provinceName: 'Bắc Ninh'.normalize('NFD') };
    const saved = await callOk(core, 'system.settings.update', decomposed, admin);
    expect(saved).toEqual({ ...settings, updatedAt: '2026-11-28T03:00:00.000Z' });
    expect(await callOk(core, 'system.settings.get', {}, viewer)).toMatchObject({ provinceName: 'Bắc Ninh' });
    core.close();
  });

  it('rejects blank and over-long names with Vietnamese messages per field and keeps what was saved', async () => {
    const core = await makeTestCore();
    await callOk(core, 'system.settings.update', settings);
    const r = await core.dispatch('system.settings.update', { ...settings, officeName: '   ', placeName: 'x'.repeat(201) }, admin);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.issues).toEqual([
      { path: ['officeName'], message: 'Hãy nhập tên đơn vị.' },
      { path: ['placeName'], message: 'Địa danh dài quá 200 ký tự.' },
    ]);
    expect(await callOk(core, 'system.settings.get', {})).toMatchObject(settings);
    core.close();
  });

  it('survives closing and reopening the database file', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'antq-settings-')), 'office.sqlite');
    const core = await openCore({ dbPath, resourcesDir: RESOURCES_DIR });
    await callOk(core, 'system.settings.update', settings);
    core.close();
    const again = await openCore({ dbPath, resourcesDir: RESOURCES_DIR });
    expect(await callOk(again, 'system.settings.get', {})).toMatchObject(settings);
    again.close();
  });
});

describe('datedLine', () => {
  it('writes the dated line of an official document with the leading zeros of Decree 30', () => {
    expect(datedLine('Bắc Ninh', '2026-02-05')).toBe('Bắc Ninh, ngày 05 tháng 02 năm 2026');
    expect(datedLine('Bắc Ninh', '2026-11-28')).toBe('Bắc Ninh, ngày 28 tháng 11 năm 2026');
    expect(datedLine('Hà Nội', '2026-03-09')).toBe('Hà Nội, ngày 09 tháng 3 năm 2026');
    expect(datedLine('', '2026-12-31')).toBe('ngày 31 tháng 12 năm 2026');
  });
});

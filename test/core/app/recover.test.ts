import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../src-main/core/app/open-core';
import { recoverableBackup, recoverFromBackup } from '../../../src-main/core/app/recover';
import { admin, callOk, RESOURCES_DIR } from '../../fixtures/core';
import { tempDbPath } from '../db/store-fixture';

const open = (dbPath: string) => openCore({ dbPath, resourcesDir: RESOURCES_DIR, log: () => undefined });

describe('recovering an office database that cannot be opened', () => {
  it('offers the newest backup, restores it, keeps the damaged bytes, and opens again', async () => {
    const path = tempDbPath();
    const core = await open(path);
    await callOk(
      core,
      'system.settings.update',
      { officeName: 'Phòng Tham mưu', parentBodyName: 'Công an tỉnh Hải Dương', provinceName: 'Hải Dương', placeName: 'Hải Dương' },
      admin,
    );
    await callOk(core, 'system.backups.create', {}, admin);
    core.close();

    const garbage = Buffer.from('this is not a database '.repeat(400));
    writeFileSync(path, garbage);
    const refusal = await open(path).catch((e: unknown) => e);
    const backup = recoverableBackup(refusal);
    expect(backup).toMatch(/\.sqlite$/);

    const { keptAs } = await recoverFromBackup(path, backup ?? '');
    expect(keptAs && readFileSync(keptAs).equals(garbage)).toBe(true);
    const reopened = await open(path);
    const settings = await callOk(reopened, 'system.settings.get', {}, admin);
    expect(settings.officeName).toBe('Phòng Tham mưu');
    reopened.close();
  });

  it('offers nothing while another program holds the database', async () => {
    const path = tempDbPath();
    const first = await open(path);
    const refusal = await open(path).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(Error);
    expect(recoverableBackup(refusal)).toBeNull();
    first.close();
  });
});

import { existsSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src-main/core/app/open-core';
import { StorageError } from '../../../src-main/core/db/os-errors';
import { admin, callOk, RESOURCES_DIR } from '../../fixtures/core';
import { failFs } from './fs-faults';
import { tempDbPath } from './store-fixture';

/**
 * A full disk, simulated: the store's writes to files fail with ENOSPC. (No small real file system can
 * be mounted here without root tricks; the failure enters through node:fs, below all of the store's code.)
 */
const diskFull = () => failFs('writeSync', 'ENOSPC', () => true);

const settings = (officeName: string) => ({
  officeName,
  parentBodyName: 'Công an tỉnh Hải Dương',
  provinceName: 'Hải Dương',
  placeName: 'Hải Dương',
});

let undo: (() => void) | null = null;
const cores: Core[] = [];
afterEach(() => {
  undo?.();
  undo = null;
  for (const core of cores.splice(0)) core.close();
});

async function open(path: string): Promise<Core> {
  const core = await openCore({ dbPath: path, resourcesDir: RESOURCES_DIR, log: () => undefined });
  cores.push(core);
  return core;
}

describe('a full disk', () => {
  it('answers DISK_FULL, shows it in system.status, keeps refusing without change, and recovers once space is freed', async () => {
    const path = tempDbPath();
    const core = await open(path);
    await callOk(core, 'system.settings.update', settings('Phòng Tham mưu'));
    undo = diskFull();
    for (const name of ['Phòng Một', 'Phòng Hai']) {
      const r = await core.call('system.settings.update', settings(name), admin);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('DISK_FULL');
      expect(r.error.message).toContain(`"${path}.journal"`);
      expect(r.error.message).toMatch(/đã đầy.*giải phóng dung lượng/);
      expect(r.error.message).not.toMatch(/ENOSPC|no space/);
      // Refused means unchanged: the in-memory database was rolled back with the journal.
      expect((await callOk(core, 'system.settings.get', {})).officeName).toBe('Phòng Tham mưu');
      expect((await callOk(core, 'system.status', {})).problem).toMatch(/đã đầy/);
    }
    undo();
    undo = null;
    await callOk(core, 'system.settings.update', settings('Phòng Ba'));
    expect((await callOk(core, 'system.status', {})).problem).toBeNull();
  });

  it('closing while full ends with a Vietnamese message, loses nothing and leaves no temporary file', async () => {
    const path = tempDbPath();
    const core = await open(path);
    await callOk(core, 'system.settings.update', settings('Phòng Tham mưu'));
    undo = diskFull();
    cores.splice(0);
    let thrown: unknown = null;
    try {
      core.close();
    } catch (err) {
      thrown = err;
    }
    undo();
    undo = null;
    expect(thrown).toBeInstanceOf(StorageError);
    expect((thrown as StorageError).diskFull).toBe(true);
    expect((thrown as Error).message).toMatch(/nhật ký ghi.*đã đầy/);
    expect((thrown as Error).message).not.toMatch(/ENOSPC|no space/);
    expect(readdirSync(dirname(path)).filter((n) => /\.tmp-|\.lock/.test(n))).toEqual([]);
    expect(existsSync(`${path}.journal`)).toBe(true);
    const reopened = await open(path);
    expect((await callOk(reopened, 'system.settings.get', {})).officeName).toBe('Phòng Tham mưu');
  });
});

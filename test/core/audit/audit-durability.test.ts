import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src-main/core/app/open-core';
import { RESOURCES_DIR, admin, callOk, clerk } from '../../fixtures/core';

function newPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'antq-audit-')), 'office.sqlite');
}

function fileCore(dbPath: string): Promise<Core> {
  let t = new Date('2026-11-28T02:00:00.000Z').getTime();
  return openCore({ dbPath, resourcesDir: RESOURCES_DIR, clock: () => new Date((t += 1000)), log: () => undefined });
}

/** The database and its journals as they are now: what a crash at this instant leaves. */
function crashCopy(path: string): string {
  const copy = newPath();
  for (const suffix of ['', '.journal', '.journal.next']) if (existsSync(path + suffix)) copyFileSync(path + suffix, copy + suffix);
  return copy;
}

const allRows = (core: Core) => core.env.store.all('SELECT * FROM audit_log ORDER BY id');

const office = (officeName: string) => ({ officeName, parentBodyName: 'CA TỈNH', provinceName: 'Bắc Ninh', placeName: 'Bắc Ninh' });

describe('audit trail across the journal and restores', () => {
  it('replays from the journal exactly: no row lost, none doubled', async () => {
    const path = newPath();
    const core = await fileCore(path);
    const unit = await callOk(core, 'units.create', { name: 'Tỉnh Bắc Ninh', kind: 'province' }, clerk);
    await callOk(core, 'units.update', { id: unit.id, name: 'Tỉnh Bắc Giang' }, clerk);
    await callOk(core, 'system.settings.update', office('PHÒNG A'));
    const written = allRows(core);
    expect(written.length).toBeGreaterThanOrEqual(3);
    const crashed = crashCopy(path);
    core.close();

    const reopened = await fileCore(crashed);
    expect(allRows(reopened)).toEqual(written);
    // Writes after the replay go on from the same ids.
    await callOk(reopened, 'units.update', { id: unit.id, note: 'sau khi mở lại' }, clerk);
    const after = allRows(reopened);
    expect(after).toHaveLength(written.length + 1);
    reopened.close();
  });

  it('carries the rows a restored backup lacks into it, and logs the restore there', async () => {
    const core = await fileCore(newPath());
    await callOk(core, 'system.settings.update', office('PHÒNG A'));
    const point = await callOk(core, 'system.backups.create', {});
    await callOk(core, 'system.settings.update', office('PHÒNG B'));
    const unit = await callOk(core, 'units.create', { name: 'Tỉnh Bắc Ninh', kind: 'province' }, clerk);
    const before = allRows(core);

    await callOk(core, 'system.backups.restore', { name: point.name });
    expect((await callOk(core, 'system.settings.get', {})).officeName).toBe('PHÒNG A');
    const after = allRows(core);
    // Every row of the replaced trail is still there, with its id…
    expect(after.slice(0, before.length)).toEqual(before);
    // …the restore itself last, in the restored database.
    expect(after.at(-1)).toMatchObject({ method: 'system.backups.restore', action: 'event', username: 'cli' });
    expect((await callOk(core, 'audit.list', { recordId: unit.id, limit: 5 })).entries[0]).toMatchObject({ action: 'create' });

    // Undoing the restore keeps the restore's row too.
    const undo = (after.at(-1) as { note: string }).note;
    expect(undo).toContain(point.name);
    const backups = await callOk(core, 'system.backups.list', {});
    const kept = backups.backups.find((b) => b.reason === 'before-restore');
    await callOk(core, 'system.backups.restore', { name: kept?.name ?? '' }, admin);
    const final = allRows(core);
    expect(final.slice(0, after.length)).toEqual(after);
    expect(final).toHaveLength(after.length + 1);
    // The trail survives a reopen of the restored file.
    const restoredPath = core.env.store.status().path ?? '';
    core.close();
    const reopened = await fileCore(restoredPath);
    expect(allRows(reopened)).toEqual(final);
    reopened.close();
  });

  it('keeps capturing writes after a backup and after a restore (the connection is set up again)', async () => {
    const core = await fileCore(newPath());
    const point = await callOk(core, 'system.backups.create', {});
    await callOk(core, 'system.backups.restore', { name: point.name });
    const unit = await callOk(core, 'units.create', { name: 'Tỉnh Bắc Ninh', kind: 'province' }, clerk);
    expect((await callOk(core, 'audit.list', { recordId: unit.id, limit: 5 })).entries).toHaveLength(1);
    core.close();
  });
});

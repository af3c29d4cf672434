import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEEP_TODAY, KEEP_TOTAL, backupsToKeep } from '../../../src-main/core/db/backups';
import { openFileStore } from '../../../src-main/core/db/file-store';
import { BackupError } from '../../../src-main/core/db/store-errors';
import type { BackupInfo } from '../../../src-main/core/db/types';
import { notesV1, tempDbPath, testClock } from './store-fixture';

const DAY = 24 * 3600 * 1000;
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('backups', () => {
  it('makes one automatic backup at the first open of each day, verified off the main thread', async () => {
    const path = tempDbPath();
    const clock = testClock('2026-03-02T09:00:00');
    const openAndClose = async () => {
      const store = await openFileStore(path, { migrations: notesV1, clock: clock.now });
      await store.settled();
      store.close();
    };
    await openAndClose();
    clock.advance(3600_000);
    await openAndClose();
    clock.advance(3600_000);
    await openAndClose();
    clock.advance(DAY);
    const store = await openFileStore(path, { migrations: notesV1, clock: clock.now });
    await store.settled();
    expect(store.listBackups().map((b) => b.reason)).toEqual(['daily', 'daily']);
    expect(store.status().lastBackup?.file).toBe(store.listBackups()[0]?.file);
    expect(store.status().problem).toBeNull();
    store.close();
  });

  it('removes the temporary file of an automatic backup a crash left unfinished', async () => {
    const path = tempDbPath();
    (await openFileStore(path, { migrations: notesV1 })).close();
    // The pid of a process that has exited: its unfinished copy can go.
    const deadPid = spawnSync(process.execPath, ['-e', '0']).pid;
    const leftover = join(dirname(path), 'backups', `office-20260101-000000000-daily.sqlite.tmp-${deadPid}`);
    const liveOne = join(dirname(path), 'backups', `office-20260101-000000001-daily.sqlite.tmp-${process.pid}`);
    mkdirSync(dirname(leftover), { recursive: true });
    writeFileSync(leftover, 'half a copy');
    writeFileSync(liveOne, 'being verified by a live process');
    const store = await openFileStore(path, { migrations: notesV1 });
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(liveOne)).toBe(true);
    await store.settled();
    store.close();
  });

  it('rotates: a few of today, one per earlier day, a bounded total', async () => {
    const path = tempDbPath();
    const clock = testClock('2026-01-01T08:00:00');
    const store = await openFileStore(path, { migrations: notesV1, clock: clock.now });
    for (let day = 0; day < KEEP_TOTAL + 10; day++) {
      for (let i = 0; i < 3; i++) {
        await store.backup('manual');
        clock.advance(3600_000);
      }
      clock.advance(DAY - 3 * 3600_000);
    }
    for (let i = 0; i < KEEP_TODAY + 4; i++) {
      await store.backup('manual');
      clock.advance(60_000);
    }
    const kept = store.listBackups();
    expect(kept.length).toBe(KEEP_TOTAL);
    const today = kept.filter(
      (b) => new Date(b.at).getDate() === clock.now().getDate() && new Date(b.at).getMonth() === clock.now().getMonth(),
    );
    expect(today).toHaveLength(KEEP_TODAY);
    const earlierDays = kept.slice(KEEP_TODAY).map((b) => new Date(b.at).toDateString());
    expect(new Set(earlierDays).size).toBe(earlierDays.length);
    // The newest survive: today's newest is first, then yesterday's last backup.
    expect(kept[0]?.at).toBe(new Date(clock.now().getTime() - 60_000).toISOString());
    store.close();
  });

  it('keeps the backup just made even if rotation would otherwise drop it', () => {
    const old: BackupInfo = { name: 'x-old', file: '/x-old', at: '2020-01-01T00:00:00.000Z', reason: 'manual', bytes: 1 };
    expect(backupsToKeep([old], new Date('2026-01-01T00:00:00Z'), 'just-made').has('just-made')).toBe(true);
  });

  it('verifies each backup: it opens as a database with the same rows', async () => {
    const path = tempDbPath();
    const store = await openFileStore(path, { migrations: notesV1 });
    store.write((tx) => tx.run('INSERT INTO notes (id) VALUES (?)', ['a']));
    const backup = await store.backup('manual');
    expect(readFileSync(backup.file).subarray(0, 15).toString()).toBe('SQLite format 3');
    store.close();
    const copy = await openFileStore(backup.file, { migrations: notesV1, backupDir: `${backup.file}-b` });
    expect(ids(copy.all('SELECT id FROM notes'))).toEqual(['a']);
    copy.close();
  });

  it('restores a backup in place, keeps the replaced state as a backup, and the restore can be undone', async () => {
    const path = tempDbPath();
    const clock = testClock('2026-05-10T10:00:00');
    const store = await openFileStore(path, { migrations: notesV1, clock: clock.now });
    store.write((tx) => tx.run('INSERT INTO notes (id) VALUES (?)', ['before']));
    const point = await store.backup('manual');
    clock.advance(1000);
    store.write((tx) => tx.run('INSERT INTO notes (id) VALUES (?)', ['after']));

    const kept = await store.restore(point.name);
    expect(kept.reason).toBe('before-restore');
    expect(ids(store.all('SELECT id FROM notes ORDER BY id'))).toEqual(['before']);
    // The swap is durable: a fresh open sees the restored state, not a replay of the old journal.
    store.write((tx) => tx.run('INSERT INTO notes (id) VALUES (?)', ['new-after-restore']));
    store.close();
    const reopened = await openFileStore(path, { migrations: notesV1, clock: clock.now });
    expect(ids(reopened.all('SELECT id FROM notes ORDER BY id'))).toEqual(['before', 'new-after-restore']);
    expect(reopened.get('PRAGMA foreign_keys')).toEqual({ foreign_keys: 1 });

    clock.advance(1000);
    await reopened.restore(kept.name);
    expect(ids(reopened.all('SELECT id FROM notes ORDER BY id'))).toEqual(['after', 'before']);
    reopened.close();
  });

  it('refuses to restore a damaged backup and changes nothing', async () => {
    const path = tempDbPath();
    const store = await openFileStore(path, { migrations: notesV1 });
    store.write((tx) => tx.run('INSERT INTO notes (id) VALUES (?)', ['live']));
    const bad = await store.backup('manual');
    writeFileSync(bad.file, Buffer.from('hỏng'));
    const countBefore = store.listBackups().length;
    await expect(store.restore(bad.name)).rejects.toThrow(BackupError);
    await expect(store.restore('khong-co.sqlite')).rejects.toThrow(/Không tìm thấy bản sao lưu/);
    expect(ids(store.all('SELECT id FROM notes'))).toEqual(['live']);
    expect(store.listBackups().length).toBe(countBefore);
    store.close();
    expect(existsSync(path)).toBe(true);
  });
});

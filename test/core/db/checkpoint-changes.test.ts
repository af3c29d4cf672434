import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openFileStore } from '../../../src-main/core/db/file-store';
import { loadSqlJs } from '../../../src-main/core/db/sqljs';
import type { Store } from '../../../src-main/core/db/types';
import { notesV1, tempDbPath } from './store-fixture';

const addNote = (store: Store, id: string, body = 'x'.repeat(300)) =>
  store.write((tx) => tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', [id, body]));

/** A store with a few hundred notes, checkpointed; a background checkpoint starts past 64 KB of journal. */
async function storeWithNotes(path: string, idleMs?: number): Promise<Store> {
  const store = await openFileStore(path, { migrations: notesV1, journalLimitBytes: 64 * 1024, idleMs });
  store.write((tx) => {
    for (let i = 0; i < 400; i++) tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', [`n${i}`, `note ${i}`]);
  });
  store.checkpoint();
  return store;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Copies the database and its journals as they are this instant: what a crash now would leave. */
function crashCopy(path: string): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'antq-crash-copy-')), 'office.sqlite');
  for (const suffix of ['', '.journal', '.journal.next']) if (existsSync(path + suffix)) copyFileSync(path + suffix, copy + suffix);
  return copy;
}

afterEach(() => vi.restoreAllMocks());

describe('background checkpoints from the changed pages', () => {
  it('write a file that equals export() of the same state, without exporting', async () => {
    const path = tempDbPath();
    // Idle, not size, starts this checkpoint: it then holds every write, and the file is the current state.
    const store = await storeWithNotes(path, 40);
    // Today's backup exists, so the only export() to expect would be the checkpoint's own.
    await store.backup('manual');
    const SQL = await loadSqlJs();
    const exportSpy = vi.spyOn(SQL.Database.prototype, 'export');
    store.write((tx) => tx.run("UPDATE notes SET body = body || '!' WHERE id LIKE 'n1%'"));
    store.write((tx) => tx.run("DELETE FROM notes WHERE id LIKE 'n2%'"));
    for (let i = 0; i < 100; i++) addNote(store, `late-${i}`);
    await sleep(200);
    await store.settled();
    expect(store.status().journalBytes).toBe(0);
    expect(store.status().problem ?? null).toBeNull();
    expect(exportSpy).not.toHaveBeenCalled();
    exportSpy.mockRestore();

    // A backup is export() of the state the checkpoint wrote (no write came in between).
    const written = readFileSync(path);
    const exported = readFileSync((await store.backup('manual')).file);
    expect(written.length).toBe(exported.length);
    // Only three header fields may differ, all bumped by the backup API behind export(): the change
    // counter (bytes 24–27), the schema cookie (40–43) and the version-valid-for number (92–95).
    const bumped = (i: number) => (i >= 24 && i < 28) || (i >= 40 && i < 44) || (i >= 92 && i < 96);
    const differing = [...written.keys()].filter((i) => written[i] !== exported[i]);
    expect(differing.filter((i) => !bumped(i))).toEqual([]);

    const db = new SQL.Database(written);
    expect(db.exec('PRAGMA integrity_check')[0]?.values).toEqual([['ok']]);
    db.close();
    store.close();
  });

  it('keep the pragmas and functions the engine set', async () => {
    const store = await storeWithNotes(tempDbPath());
    for (let i = 0; i < 250; i++) addNote(store, `p${i}`);
    await store.settled();
    expect(store.status().lastCheckpointAt).not.toBeNull();
    // A database this small gets the smallest cache (page-cache.ts).
    expect(store.get('PRAGMA cache_size')).toEqual({ cache_size: -8192 });
    expect(store.get('PRAGMA foreign_keys')).toEqual({ foreign_keys: 1 });
    expect(store.get('PRAGMA temp_store')).toEqual({ temp_store: 2 });
    expect(store.get<{ k: string }>("SELECT vi_sort('Đặng') AS k")?.k).toBeTypeOf('string');
    store.close();
  });

  it('neither lose nor repeat the writes made while the file is being written', async () => {
    const path = tempDbPath();
    const store = await storeWithNotes(path);
    for (let i = 0; i < 200; i++) addNote(store, `before-${i}`);
    expect(existsSync(`${path}.journal.next`)).toBe(true);
    // Each of these appends to every body: replayed twice, a body would show it.
    for (let i = 0; i < 5; i++) store.write((tx) => tx.run("UPDATE notes SET body = body || '+' WHERE id = 'n0'"));
    for (let i = 0; i < 5; i++) addNote(store, `during-${i}`);
    await store.settled();
    const afterCheckpoint = crashCopy(path);
    const expected = store.all('SELECT id, body FROM notes ORDER BY id');
    store.close();

    for (let round = 0; round < 2; round++) {
      const reopened = await openFileStore(afterCheckpoint, { migrations: notesV1 });
      expect(reopened.all('SELECT id, body FROM notes ORDER BY id')).toEqual(expected);
      expect(reopened.get<{ body: string }>("SELECT body FROM notes WHERE id = 'n0'")?.body.endsWith('+++++')).toBe(true);
      expect(reopened.get<{ body: string }>("SELECT body FROM notes WHERE id = 'n0'")?.body.endsWith('++++++')).toBe(false);
      reopened.close();
    }
  });

  it('that fail keep every acknowledged write, and the next checkpoint writes the whole file', async () => {
    const path = tempDbPath();
    const store = await storeWithNotes(path);
    // The worker cannot create its temporary file: a folder is in the way.
    mkdirSync(`${path}.tmp-${process.pid}-bg`);
    for (let i = 0; i < 200; i++) addNote(store, `a${i}`);
    await store.settled();
    expect(store.status().problem).toMatch(/nhật ký/);
    for (let i = 0; i < 5; i++) addNote(store, `b${i}`);
    const expected = store.all('SELECT id, body FROM notes ORDER BY id');
    const crashed = crashCopy(path);
    store.close();

    for (const copy of [crashed, path]) {
      const reopened = await openFileStore(copy, { migrations: notesV1 });
      expect(reopened.all('SELECT id, body FROM notes ORDER BY id')).toEqual(expected);
      expect(reopened.get('PRAGMA integrity_check')).toEqual({ integrity_check: 'ok' });
      reopened.close();
    }
  });

  it('leave no second name of the old file behind', async () => {
    const path = tempDbPath();
    const store = await storeWithNotes(path);
    for (let i = 0; i < 250; i++) addNote(store, `r${i}`);
    await store.settled();
    await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(dirname(path)).filter((f) => f.includes('.retired-'))).toEqual([]);
    store.close();
  });
});

import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFileStore } from '../../../src-main/core/db/file-store';
import { HEADER_BYTES } from '../../../src-main/core/db/journal-format';
import type { SqlValue } from '../../../src-main/core/db/types';
import { notesV1, tempDbPath } from './store-fixture';

const insert = (id: string): [string, SqlValue[]] => ['INSERT INTO notes (id, body) VALUES (?, ?)', [id, 'x'.repeat(300)]];

describe('checkpoints', () => {
  it('never rewrite the file per edit, but do once the journal passes its size limit', async () => {
    const path = tempDbPath();
    const store = await openFileStore(path, { migrations: notesV1, journalLimitBytes: 4096 });
    const before = readFileSync(path);
    store.write((tx) => tx.run(...insert('a')));
    expect(readFileSync(path).equals(before)).toBe(true);
    for (let i = 0; i < 20; i++) store.write((tx) => tx.run(...insert(`n${i}`)));
    await store.settled();
    // 21 records of ~350 bytes passed 4 KB once: the file was rewritten and the journal started over.
    expect(readFileSync(path).equals(before)).toBe(false);
    expect(existsSync(`${path}.journal.next`)).toBe(false);
    expect(statSync(`${path}.journal`).size).toBeLessThan(4096);
    expect(store.status().lastCheckpointAt).not.toBeNull();
    store.close();
  });

  it('run when the database has been idle for a while', async () => {
    const path = tempDbPath();
    const store = await openFileStore(path, { migrations: notesV1, idleMs: 50 });
    store.write((tx) => tx.run(...insert('a')));
    expect(store.status().journalBytes).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(store.status().journalBytes).toBe(0);
    expect(statSync(`${path}.journal`).size).toBe(HEADER_BYTES);
    store.close();
  });

  it('run on close, and a reopened database has everything without replaying', async () => {
    const path = tempDbPath();
    const store = await openFileStore(path, { migrations: notesV1 });
    store.write((tx) => tx.run(...insert('a')));
    store.close();
    expect(statSync(`${path}.journal`).size).toBe(HEADER_BYTES);
    const again = await openFileStore(path, { migrations: notesV1 });
    expect(again.all('SELECT id FROM notes')).toEqual([{ id: 'a' }]);
    again.close();
  });
});

/** Copies the database and its journals as they are this instant: what a crash now would leave. */
function crashCopy(path: string): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'antq-crash-copy-')), 'office.sqlite');
  for (const suffix of ['', '.journal', '.journal.next']) if (existsSync(path + suffix)) copyFileSync(path + suffix, copy + suffix);
  return copy;
}

describe('background checkpoints', () => {
  it('keep writes made while the file is being written, whenever the crash comes', async () => {
    const path = tempDbPath();
    const store = await openFileStore(path, { migrations: notesV1, journalLimitBytes: 2048 });
    for (let i = 0; i < 8; i++) store.write((tx) => tx.run(...insert(`before-${i}`)));
    // The limit was passed: the file is being written in the background; these go to the next journal.
    for (let i = 0; i < 3; i++) store.write((tx) => tx.run(...insert(`during-${i}`)));
    expect(existsSync(`${path}.journal.next`)).toBe(true);
    const beforeRename = crashCopy(path);
    await store.settled();
    // Crash after the new file was renamed in but before the next journal replaced the old one.
    const afterRename = crashCopy(beforeRename);
    copyFileSync(path, afterRename);
    store.close();

    for (const copy of [beforeRename, afterRename]) {
      const reopened = await openFileStore(copy, { migrations: notesV1 });
      expect(reopened.all('SELECT id FROM notes')).toHaveLength(11);
      expect(existsSync(`${copy}.journal.next`)).toBe(false);
      reopened.close();
      const again = await openFileStore(copy, { migrations: notesV1 });
      expect(again.all('SELECT id FROM notes')).toHaveLength(11);
      again.close();
    }
  });

  it('are overtaken by a synchronous checkpoint without an older file replacing a newer one', async () => {
    const path = tempDbPath();
    const store = await openFileStore(path, { migrations: notesV1, journalLimitBytes: 2048 });
    for (let i = 0; i < 8; i++) store.write((tx) => tx.run(...insert(`a-${i}`)));
    store.write((tx) => tx.run(...insert('late')));
    store.checkpoint();
    await store.settled();
    store.close();
    const reopened = await openFileStore(path, { migrations: notesV1 });
    expect(reopened.get('SELECT id FROM notes WHERE id = ?', ['late'])).toEqual({ id: 'late' });
    expect(reopened.all('SELECT id FROM notes')).toHaveLength(9);
    reopened.close();
  });
});

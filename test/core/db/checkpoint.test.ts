import { readFileSync, statSync } from 'node:fs';
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
    // 21 records of ~350 bytes passed 4 KB once: the file was rewritten and the journal started over.
    expect(readFileSync(path).equals(before)).toBe(false);
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

import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openFileStore } from '../../../src-main/core/db/file-store';
import { StorageError } from '../../../src-main/core/db/os-errors';
import { StoreOpenError } from '../../../src-main/core/db/store-open-error';
import { loadSqlJs } from '../../../src-main/core/db/sqljs';
import type { Store } from '../../../src-main/core/db/types';
import { failFs } from './fs-faults';
import { notesV1, tempDbPath } from './store-fixture';

/**
 * A bulk write (a package import) runs without SQLite's in-memory rollback journal: when it fails after
 * writing, the store loads the database again from its file and journal. Each case checks that what was
 * acknowledged, and only that, is what the store then holds, in memory and on disk after a reopen.
 */
const INSERT = 'INSERT INTO notes (id, body) VALUES (?, ?)';
const BULK = { bulk: true };

/**
 * Enough rows (~16 MB of pages) to spill SQLite's page cache (8 MB at these sizes) into the in-memory file
 * before the transaction ends: what only the rollback journal could undo. Fewer stay in the cache, where a
 * ROLLBACK drops them even without it, and would not tell whether the store reloads.
 */
function insertMany(tx: Parameters<Parameters<Store['write']>[0]>[0], prefix: string, n = 60_000): void {
  for (let i = 0; i < n; i++) tx.run(INSERT, [`${prefix}${i}`, `Nguyễn Thị Ánh Tuyết ${i} ${'x'.repeat(200)}`]);
}

const count = (store: Store) => store.get<{ n: number }>('SELECT count(*) AS n FROM notes')?.n;
const integrity = (store: Store) => store.get<{ integrity_check: string }>('PRAGMA integrity_check')?.integrity_check;

/** Opens the file as it is on disk, after the store closed: its rows and integrity. */
async function onDisk(path: string): Promise<{ rows: number; integrity: string }> {
  const store = await openFileStore(path, { migrations: notesV1 });
  try {
    return { rows: count(store) ?? -1, integrity: integrity(store) ?? '' };
  } finally {
    store.close();
  }
}

async function storeWithRows(rows: number): Promise<{ path: string; store: Store }> {
  const path = tempDbPath();
  const store = await openFileStore(path, { migrations: notesV1 });
  store.write((tx) => insertMany(tx, 'kept-', rows));
  return { path, store };
}

describe('a bulk write', () => {
  it('commits like any write, and is journaled and replayed like one', async () => {
    const { path, store } = await storeWithRows(10);
    store.write((tx) => insertMany(tx, 'bulk-'), BULK);
    expect(count(store)).toBe(60_010);
    // Its journal record alone (no checkpoint at close): the next open replays it.
    const journal = readFileSync(`${path}.journal`);
    expect(journal.length).toBeGreaterThan(4 * 1024 * 1024);
    store.close();
    expect(await onDisk(path)).toEqual({ rows: 60_010, integrity: 'ok' });
  });

  it('that fails after writing leaves the database as acknowledged, in memory and on disk, and the store writes on', async () => {
    const { path, store } = await storeWithRows(50);
    expect(() =>
      store.write((tx) => {
        insertMany(tx, 'lost-');
        tx.run("UPDATE notes SET body = 'đổi' WHERE id LIKE 'kept-%'");
        throw new Error('refused half-way');
      }, BULK),
    ).toThrow('refused half-way');
    expect(count(store)).toBe(50);
    expect(store.get<{ n: number }>("SELECT count(*) AS n FROM notes WHERE body = 'đổi'")?.n).toBe(0);
    expect(integrity(store)).toBe('ok');
    store.write((tx) => tx.run(INSERT, ['after', 'sau']));
    expect(count(store)).toBe(51);
    store.close();
    expect(await onDisk(path)).toEqual({ rows: 51, integrity: 'ok' });
  });

  it('whose statement fails part-way (a duplicate id in a many-row insert) is undone whole', async () => {
    const { path, store } = await storeWithRows(50);
    const values = Array.from({ length: 400 }, (_, i) => `('many-${i}', 'x')`).join(', ');
    expect(() =>
      store.write((tx) => {
        insertMany(tx, 'lost-');
        // The 401st row repeats an id: SQLite stops inside the statement, after inserting 400 rows.
        tx.run(`INSERT INTO notes (id, body) VALUES ${values}, ('kept-3', 'trùng')`);
      }, BULK),
    ).toThrow(/UNIQUE/);
    expect(count(store)).toBe(50);
    expect(store.get<{ n: number }>("SELECT count(*) AS n FROM notes WHERE id LIKE 'many-%'")?.n).toBe(0);
    store.close();
    expect(await onDisk(path)).toEqual({ rows: 50, integrity: 'ok' });
  });

  it('refused by a full disk as its journal record is finished changes neither the database nor the journal', async () => {
    const { path, store } = await storeWithRows(50);
    const journalBefore = readFileSync(`${path}.journal`);
    let undo: () => void = () => undefined;
    try {
      const write = () =>
        store.write((tx) => {
          insertMany(tx, 'lost-');
          // The disk fills once every statement ran: the rest of the record cannot reach the journal.
          undo = failFs('writeSync', 'ENOSPC', () => true);
        }, BULK);
      expect(write).toThrow(StorageError);
    } finally {
      undo();
    }
    expect(readFileSync(`${path}.journal`).equals(journalBefore)).toBe(true);
    expect(count(store)).toBe(50);
    store.write((tx) => tx.run(INSERT, ['after', 'sau']));
    store.close();
    expect(await onDisk(path)).toEqual({ rows: 51, integrity: 'ok' });
  });

  it('that fails while a background checkpoint is writing the file loses nothing either', async () => {
    const path = tempDbPath();
    // A small journal limit: the first bulk write's commit starts a background checkpoint.
    const store = await openFileStore(path, { migrations: notesV1, journalLimitBytes: 64 * 1024 });
    store.write((tx) => insertMany(tx, 'kept-', 2_000), BULK);
    expect(() =>
      store.write((tx) => {
        insertMany(tx, 'lost-');
        throw new Error('refused');
      }, BULK),
    ).toThrow('refused');
    await store.settled();
    expect(count(store)).toBe(2_000);
    store.write((tx) => tx.run(INSERT, ['after', 'sau']));
    // A checkpoint after the reload writes the file whole: open it as it is, without the journal.
    store.checkpoint();
    const SQL = await loadSqlJs();
    const file = new SQL.Database(readFileSync(path));
    expect(file.exec('SELECT count(*) FROM notes')[0]?.values).toEqual([[2_001]]);
    expect(file.exec('PRAGMA integrity_check')[0]?.values).toEqual([['ok']]);
    file.close();
    store.close();
    expect(await onDisk(path)).toEqual({ rows: 2_001, integrity: 'ok' });
  });

  it('that fails when the file cannot be read again closes the store, and the next open has every acknowledged write', async () => {
    const { path, store } = await storeWithRows(50);
    store.checkpoint();
    store.write((tx) => tx.run(INSERT, ['journaled', 'chỉ trong nhật ký']));
    const file = readFileSync(path);
    expect(() =>
      store.write((tx) => {
        insertMany(tx, 'lost-');
        // The file is damaged meanwhile (a failing disk): the database cannot be loaded again from it.
        writeFileSync(path, Buffer.alloc(file.length, 7));
        throw new Error('refused');
      }, BULK),
    ).toThrow(StoreOpenError);
    expect(() => store.write((tx) => tx.run(INSERT, ['after', 'sau']))).toThrow(/closed/);
    // Once the file is back, the journal gives the write acknowledged after it.
    writeFileSync(path, file);
    expect(await onDisk(path)).toEqual({ rows: 51, integrity: 'ok' });
  });

  it('that fails before writing anything keeps the connection it ran on', async () => {
    const { store } = await storeWithRows(5);
    // Connection state (a TEMP table) would not survive a reload: it must still be there.
    store.onConnection((conn) => conn.exec('CREATE TEMP TABLE IF NOT EXISTS marks (x)'));
    store.onConnection((conn) => conn.exec("INSERT INTO temp.marks VALUES ('this connection')"));
    expect(() =>
      store.write((tx) => {
        tx.all('SELECT * FROM notes');
        throw new Error('refused before writing');
      }, BULK),
    ).toThrow('refused before writing');
    expect(store.get<{ n: number }>('SELECT count(*) AS n FROM temp.marks')?.n).toBe(1);
    store.close();
  });
});

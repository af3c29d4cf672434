import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openFileStore } from '../../../src-main/core/db/file-store';
import { readJournal } from '../../../src-main/core/db/journal-read';
import { StoreOpenError } from '../../../src-main/core/db/store-open-error';
import { notesV1, tempDbPath } from './store-fixture';

const open = (path: string) => openFileStore(path, { migrations: notesV1 });

/** Leaves the database as a crash would: the lock file stays, no checkpoint on close. */
async function writeAndAbandon(path: string, ids: string[]): Promise<void> {
  const store = await open(path);
  for (const id of ids) store.write((tx) => tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', [id, `note ${id}`]));
  // Simulate the process dying: drop the lock as a dead process's lock would be taken over.
  const { rmSync } = await import('node:fs');
  rmSync(`${path}.lock`);
}

function flipByte(buf: Buffer, at: number): Buffer {
  const i = at < 0 ? buf.length + at : at;
  buf.writeUInt8(buf.readUInt8(i) ^ 0xff, i);
  return buf;
}

describe('journal', () => {
  it('acknowledges a write only once it is in the journal, without rewriting the database file', async () => {
    const path = tempDbPath();
    const store = await open(path);
    const fileBefore = readFileSync(path);
    store.write((tx) => tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', ['a', 'x']));
    expect(readFileSync(path).equals(fileBefore)).toBe(true);
    expect(readJournal(`${path}.journal`).transactions).toHaveLength(1);
    store.close();
  });

  it('replays journaled writes after a crash, with bytes and named parameters intact', async () => {
    const path = tempDbPath();
    const store = await open(path);
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    store.write((tx) =>
      tx.run('INSERT INTO notes (id, body, data) VALUES ($id, $body, $data)', { $id: 'b', $body: 'Nguyễn Thị Ánh Tuyết', $data: bytes }),
    );
    const { rmSync } = await import('node:fs');
    rmSync(`${path}.lock`);
    const reopened = await open(path);
    const row = reopened.get<{ body: string; data: Uint8Array }>('SELECT body, data FROM notes WHERE id = ?', ['b']);
    expect(row?.body).toBe('Nguyễn Thị Ánh Tuyết');
    expect(row?.data).toBeInstanceOf(Uint8Array);
    expect([...(row?.data ?? [])]).toEqual([...bytes]);
    reopened.close();
  });

  it('drops a torn last record and keeps every acknowledged write', async () => {
    const path = tempDbPath();
    await writeAndAbandon(path, ['n1', 'n2', 'n3']);
    const goodSize = statSync(`${path}.journal`).size;
    // A record whose header promises more bytes than were written: the crash hit mid-append.
    const torn = Buffer.alloc(8 + 5);
    torn.writeUInt32LE(400, 0);
    appendFileSync(`${path}.journal`, torn);
    const store = await open(path);
    expect(store.all<{ id: string }>('SELECT id FROM notes ORDER BY id').map((r) => r.id)).toEqual(['n1', 'n2', 'n3']);
    expect(statSync(`${path}.journal`).size).toBe(goodSize);
    store.write((tx) => tx.run('INSERT INTO notes (id) VALUES (?)', ['n4']));
    store.close();
    const again = await open(path);
    expect(again.all('SELECT id FROM notes')).toHaveLength(4);
    again.close();
  });

  it('refuses a last record whose checksum fails: a whole record with wrong bytes is damage, not a torn append', async () => {
    const path = tempDbPath();
    await writeAndAbandon(path, ['n1', 'n2']);
    const journal = flipByte(readFileSync(`${path}.journal`), -2);
    writeFileSync(`${path}.journal`, journal);
    const err = await open(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreOpenError);
    expect((err as StoreOpenError).reason).toBe('journal-corrupt');
    expect(readFileSync(`${path}.journal`).equals(journal)).toBe(true);
  });

  it('refuses a journal damaged before its last record and leaves both files untouched', async () => {
    const path = tempDbPath();
    await writeAndAbandon(path, ['n1', 'n2', 'n3']);
    const journal = flipByte(readFileSync(`${path}.journal`), 16 + 8 + 3); // inside the first record's payload
    writeFileSync(`${path}.journal`, journal);
    const dbBefore = readFileSync(path);
    const err = await open(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreOpenError);
    expect((err as StoreOpenError).reason).toBe('journal-corrupt');
    expect((err as StoreOpenError).message).toContain(path);
    expect(readFileSync(`${path}.journal`).equals(journal)).toBe(true);
    expect(readFileSync(path).equals(dbBefore)).toBe(true);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('does not replay a journal that the last checkpoint already contains (crash between rename and reset)', async () => {
    const path = tempDbPath();
    const store = await open(path);
    store.write((tx) => tx.run('INSERT INTO notes (id) VALUES (?)', ['once']));
    const oldJournal = readFileSync(`${path}.journal`);
    store.checkpoint();
    store.close();
    writeFileSync(`${path}.journal`, oldJournal);
    const reopened = await open(path);
    expect(reopened.all('SELECT id FROM notes')).toHaveLength(1);
    reopened.close();
  });

  it('rolls back a write whose handler throws and journals nothing', async () => {
    const path = tempDbPath();
    const store = await open(path);
    const before = statSync(`${path}.journal`).size;
    expect(() =>
      store.write((tx) => {
        tx.run('INSERT INTO notes (id) VALUES (?)', ['gone']);
        throw new Error('rule failed');
      }),
    ).toThrow('rule failed');
    expect(statSync(`${path}.journal`).size).toBe(before);
    expect(store.all('SELECT id FROM notes')).toHaveLength(0);
    store.close();
  });
});

describe('journaled parameters', () => {
  it('records each statement with the values it ran with, even when the caller reuses one array', async () => {
    const path = tempDbPath();
    const store = await open(path);
    const params: (string | Uint8Array)[] = ['', new Uint8Array([0])];
    store.write((tx) => {
      for (const id of ['x1', 'x2', 'x3']) {
        params[0] = id;
        (params[1] as Uint8Array)[0] = id.charCodeAt(1);
        tx.run('INSERT INTO notes (id, data) VALUES (?, ?)', params);
      }
    });
    const { rmSync } = await import('node:fs');
    rmSync(`${path}.lock`);
    const reopened = await open(path);
    const rows = reopened.all<{ id: string; data: Uint8Array }>('SELECT id, data FROM notes ORDER BY id');
    expect(rows.map((r) => [r.id, r.data[0]])).toEqual([
      ['x1', 49],
      ['x2', 50],
      ['x3', 51],
    ]);
    reopened.close();
  });
});

describe('writes outside tx.run', () => {
  it('are refused and rolled back, since the journal would miss them', async () => {
    const store = await open(tempDbPath());
    expect(() => store.write((tx) => tx.all("INSERT INTO folders (id, name) VALUES ('f', 'x') RETURNING id"))).toThrow(/use tx.run/);
    expect(store.all('SELECT id FROM folders')).toEqual([]);
    store.close();
  });
});

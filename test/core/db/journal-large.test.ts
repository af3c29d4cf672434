import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFileStore } from '../../../src-main/core/db/file-store';
import { decodeTransaction, encodePayload } from '../../../src-main/core/db/journal-codec';
import { StorageError } from '../../../src-main/core/db/os-errors';
import { readJournal } from '../../../src-main/core/db/journal-read';
import { JournalWriter, TransactionTooLargeError } from '../../../src-main/core/db/journal-writer';
import { failFs } from './fs-faults';
import { notesV1, tempDbPath } from './store-fixture';

const INSERT = 'INSERT INTO notes (id, body, data) VALUES (?, ?, ?)';

/** Statements whose JSON passes several chunks: a bulk import's transaction. */
function bulk(count: number): [string, [string, string, Uint8Array]][] {
  const bytes = new Uint8Array([0, 1, 2, 250, 255]);
  return Array.from({ length: count }, (_, i) => [INSERT, [`n${i}`, `Nguyễn Thị Ánh Tuyết ${i} ${'x'.repeat(200)}`, bytes]]);
}

describe('a transaction journaled chunk by chunk', () => {
  it('is the very payload the whole encoding gave, whatever the chunk boundaries', () => {
    const statements = bulk(12_000);
    const { chunks } = encodePayload(statements);
    expect(chunks.length).toBeGreaterThan(2);
    const payload = Buffer.concat(chunks);
    const whole = JSON.stringify(statements.map(([sql, p]) => [sql, { a: [p[0], p[1], [Buffer.from(p[2]).toString('base64')]] }]));
    expect(payload.equals(Buffer.from(whole, 'utf8'))).toBe(true);
    expect(decodeTransaction(payload)).toEqual(statements);
    expect(Buffer.concat(encodePayload([]).chunks).toString()).toBe('[]');
  });

  it('replays after a crash, every statement in order', async () => {
    const path = tempDbPath();
    const store = await openFileStore(path, { migrations: notesV1 });
    store.write((tx) => {
      for (const [sql, params] of bulk(12_000)) tx.run(sql, params);
    });
    const journal = readJournal(`${path}.journal`);
    expect(journal.transactions).toHaveLength(1);
    expect(journal.transactions[0]).toEqual(bulk(12_000));
    // The process dies: no checkpoint, the lock left behind as a dead process leaves it.
    rmSync(`${path}.lock`);
    const reopened = await openFileStore(path, { migrations: notesV1 });
    expect(reopened.get<{ n: number }>('SELECT COUNT(*) AS n FROM notes')?.n).toBe(12_000);
    expect(reopened.get<{ body: string }>('SELECT body FROM notes WHERE id = ?', ['n11999'])?.body).toMatch(/^Nguyễn Thị Ánh Tuyết 11999 /);
    reopened.close();
  });

  it('is refused whole, the journal unchanged, when its record would pass the size a reader accepts', () => {
    const path = `${tempDbPath()}.journal`;
    const writer = new JournalWriter(path, '0b6f3a52-8a47-4a53-9d0e-3f3f5a9b1c2d');
    writer.reset(1);
    writer.append(encodePayload(bulk(2)));
    const before = readFileSync(path);
    expect(() => writer.append(encodePayload(bulk(12_000)), 1_000_000)).toThrow(TransactionTooLargeError);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(statSync(path).size).toBe(writer.size);
    writer.close();
    expect(readJournal(path).transactions).toHaveLength(1);
  });
});

describe('a transaction too large to hold, spilled to the journal as it runs', () => {
  /** ~8 MB of statements: past the 4 MB a payload may hold before it spills. */
  const LARGE = 30_000;
  const journalSize = (path: string) => statSync(`${path}.journal`).size;
  const count = (store: { get<T extends object>(sql: string): T | undefined }) =>
    store.get<{ n: number }>('SELECT COUNT(*) AS n FROM notes')?.n;

  it('is on disk before its commit, and reads back as the same one record', async () => {
    const path = tempDbPath();
    const store = await openFileStore(path, { migrations: notesV1 });
    const before = journalSize(path);
    let duringCommit = 0;
    store.write((tx) => {
      for (const [sql, params] of bulk(LARGE)) tx.run(sql, params);
      duringCommit = journalSize(path);
    });
    // Most of the record was written while the statements ran, not held for the commit.
    expect(duringCommit - before).toBeGreaterThan(4 * 1024 * 1024);
    const journal = readJournal(`${path}.journal`);
    expect(journal.transactions).toHaveLength(1);
    expect(journal.transactions[0]).toEqual(bulk(LARGE));
    expect(journal.tornTail).toBe(false);
    rmSync(`${path}.lock`);
    const reopened = await openFileStore(path, { migrations: notesV1 });
    expect(count(reopened)).toBe(LARGE);
    reopened.close();
  });

  it('leaves the journal as it was when the transaction fails after spilling, and the next write journals normally', async () => {
    const path = tempDbPath();
    const store = await openFileStore(path, { migrations: notesV1 });
    store.write((tx) => tx.run(INSERT, ['kept', 'x', null]));
    const before = readFileSync(`${path}.journal`);
    expect(() =>
      store.write((tx) => {
        for (const [sql, params] of bulk(LARGE)) tx.run(sql, params);
        expect(journalSize(path)).toBeGreaterThan(before.length + 4 * 1024 * 1024);
        throw new Error('refused at the end');
      }),
    ).toThrow('refused at the end');
    expect(readFileSync(`${path}.journal`).equals(before)).toBe(true);
    store.write((tx) => tx.run(INSERT, ['after', 'y', null]));
    expect(readJournal(`${path}.journal`).transactions).toHaveLength(2);
    rmSync(`${path}.lock`);
    const reopened = await openFileStore(path, { migrations: notesV1 });
    expect(reopened.all<{ id: string }>('SELECT id FROM notes ORDER BY id')).toEqual([{ id: 'after' }, { id: 'kept' }]);
    reopened.close();
  });

  it('is dropped as a torn tail when the process dies before the commit, the writes before it kept', async () => {
    const path = tempDbPath();
    const store = await openFileStore(path, { migrations: notesV1 });
    store.write((tx) => tx.run(INSERT, ['kept', 'x', null]));
    const crashed = join(mkdtempSync(join(tmpdir(), 'antq-spill-crash-')), 'office.sqlite');
    store.write((tx) => {
      for (const [sql, params] of bulk(LARGE)) tx.run(sql, params);
      // What a crash now leaves: the database and a journal with a spilled record and no real head yet.
      for (const suffix of ['', '.journal']) if (existsSync(path + suffix)) copyFileSync(path + suffix, crashed + suffix);
    });
    const reopened = await openFileStore(crashed, { migrations: notesV1 });
    expect(reopened.all<{ id: string }>('SELECT id FROM notes')).toEqual([{ id: 'kept' }]);
    expect(reopened.status().keptTornTails).toHaveLength(1);
    reopened.close();
    store.close();
  });

  it('is refused whole when the disk fills part-way through the spill, the journal and the database unchanged', async () => {
    const path = tempDbPath();
    const store = await openFileStore(path, { migrations: notesV1 });
    store.write((tx) => tx.run(INSERT, ['kept', 'x', null]));
    const before = readFileSync(`${path}.journal`);
    // The first few chunks reach the journal, then the disk is full.
    let writes = 0;
    const undo = failFs('writeSync', 'ENOSPC', () => ++writes > 3);
    try {
      expect(() =>
        store.write((tx) => {
          for (const [sql, params] of bulk(LARGE)) tx.run(sql, params);
        }),
      ).toThrow(StorageError);
    } finally {
      undo();
    }
    expect(store.status().problem).toMatch(/đã đầy/);
    expect(readFileSync(`${path}.journal`).equals(before)).toBe(true);
    expect(count(store)).toBe(1);
    store.write((tx) => tx.run(INSERT, ['after', 'y', null]));
    expect(count(store)).toBe(2);
    store.close();
  });
});

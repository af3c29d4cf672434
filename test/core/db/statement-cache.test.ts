import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src-main/core/db/engine';
import { openFileStore } from '../../../src-main/core/db/file-store';
import { readJournal } from '../../../src-main/core/db/journal-read';
import { loadSqlJs } from '../../../src-main/core/db/sqljs';
import { StatementCache } from '../../../src-main/core/db/statement-cache';
import { notesV1, tempDbPath, testClock } from './store-fixture';

const INSERT = 'INSERT INTO notes (id, body) VALUES (?, ?)';

async function engineWithNotes(): Promise<Engine> {
  const SQL = await loadSqlJs();
  const engine = new Engine(new SQL.Database());
  engine.exec('CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT)');
  return engine;
}

const ids = (rows: { id?: unknown }[]) => rows.map((r) => r.id);

describe('prepared-statement cache', () => {
  it('prepares a statement once however often it runs, in reads and in writes', async () => {
    const engine = await engineWithNotes();
    for (let i = 0; i < 50; i++)
      engine.transaction(
        (tx) => tx.run(INSERT, [`n${i}`, 'x']),
        () => undefined,
      );
    for (let i = 0; i < 50; i++) expect(engine.get('SELECT body FROM notes WHERE id = ?', [`n${i}`])).toEqual({ body: 'x' });
    // The INSERT and the SELECT: one prepared statement each.
    expect(engine.preparedCount).toBe(2);
    expect(engine.get<{ n: number }>('SELECT count(*) AS n FROM notes')?.n).toBe(50);
    engine.close();
  });

  it('keeps at most its capacity, dropping the least recently used', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    const cache = new StatementCache(db, 2);
    const a = cache.get('SELECT 1');
    cache.get('SELECT 2');
    expect(cache.get('SELECT 1')).toBe(a); // now the most recent
    cache.get('SELECT 3'); // evicts SELECT 2
    expect(cache.size).toBe(2);
    expect(cache.get('SELECT 1')).toBe(a);
    cache.clear();
    expect(cache.size).toBe(0);
    db.close();
  });

  it('leaves a statement usable after it failed (a key taken), with no stale bindings', async () => {
    const engine = await engineWithNotes();
    engine.exec(INSERT, ['a', 'first']);
    expect(() => engine.exec(INSERT, ['a', 'again'])).toThrow(/UNIQUE/);
    engine.exec(INSERT, ['b', 'second']);
    expect(engine.all('SELECT id, body FROM notes ORDER BY id')).toEqual([
      { id: 'a', body: 'first' },
      { id: 'b', body: 'second' },
    ]);
    engine.close();
  });

  it('runs cached statements again after export()', async () => {
    const engine = await engineWithNotes();
    engine.exec(INSERT, ['a', 'x']);
    expect(engine.all('SELECT id FROM notes')).toHaveLength(1);
    const bytes = engine.export();
    expect(bytes.length).toBeGreaterThan(0);
    expect(engine.preparedCount).toBe(0);
    engine.exec(INSERT, ['b', 'y']);
    expect(ids(engine.all('SELECT id FROM notes ORDER BY id'))).toEqual(['a', 'b']);
    engine.close();
  });

  it('writes with the same SQL after a checkpoint, a backup and a restore, and they survive a reopen', async () => {
    const path = tempDbPath();
    const clock = testClock('2026-05-10T10:00:00');
    const store = await openFileStore(path, { migrations: notesV1, clock: clock.now });
    const write = (id: string) => store.write((tx) => tx.run(INSERT, [id, id]));
    write('a');
    store.checkpoint();
    write('b');
    const point = await store.backup('manual');
    write('c');
    clock.advance(1000);
    await store.restore(point.name);
    write('d');
    expect(ids(store.all('SELECT id FROM notes ORDER BY id'))).toEqual(['a', 'b', 'd']);
    store.close();
    const reopened = await openFileStore(path, { migrations: notesV1, clock: clock.now });
    expect(ids(reopened.all('SELECT id FROM notes ORDER BY id'))).toEqual(['a', 'b', 'd']);
    reopened.close();
  });

  it('journals every statement with its own parameters, and a crash replays them', async () => {
    const path = tempDbPath();
    const store = await openFileStore(path, { migrations: notesV1 });
    store.checkpoint();
    store.write((tx) => {
      for (const id of ['x', 'y', 'z']) tx.run(INSERT, [id, `body ${id}`]);
    });
    store.write((tx) => tx.run('UPDATE notes SET body = ? WHERE id = ?', ['changed', 'y']));
    const journal = readJournal(`${path}.journal`).transactions;
    expect(journal.slice(-2)).toEqual([
      [
        [INSERT, ['x', 'body x']],
        [INSERT, ['y', 'body y']],
        [INSERT, ['z', 'body z']],
      ],
      [['UPDATE notes SET body = ? WHERE id = ?', ['changed', 'y']]],
    ]);
    // Left as a crash leaves it: the journal holds the writes, the file does not.
    rmSync(`${path}.lock`);
    const reopened = await openFileStore(path, { migrations: notesV1 });
    expect(reopened.all('SELECT id, body FROM notes ORDER BY id')).toEqual([
      { id: 'x', body: 'body x' },
      { id: 'y', body: 'changed' },
      { id: 'z', body: 'body z' },
    ]);
    reopened.close();
  });
});

describe('reads inside a write transaction', () => {
  it('still refuses a write made through tx.all, however the SQL begins', async () => {
    const engine = await engineWithNotes();
    const attempts = [
      "INSERT INTO notes (id) VALUES ('r') RETURNING id",
      "WITH x AS (SELECT 'w' AS id) INSERT INTO notes (id) SELECT id FROM x RETURNING id",
      "  DELETE FROM notes WHERE id = 'a' RETURNING id",
    ];
    engine.exec(INSERT, ['a', 'x']);
    for (const sql of attempts)
      expect(() =>
        engine.transaction(
          (tx) => tx.all(sql),
          () => undefined,
        ),
      ).toThrow(/use tx.run/);
    expect(ids(engine.all('SELECT id FROM notes'))).toEqual(['a']);
    // A SELECT followed by a write in the same text runs only the SELECT.
    engine.transaction(
      (tx) => tx.all('SELECT id FROM notes; DELETE FROM notes'),
      () => undefined,
    );
    expect(ids(engine.all('SELECT id FROM notes'))).toEqual(['a']);
    engine.close();
  });
});

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { backgroundTempPath, takeSnapshot, writeSnapshotInBackground } from '../../../src-main/core/db/checkpoint';
import { Engine } from '../../../src-main/core/db/engine';
import { openFileStore } from '../../../src-main/core/db/file-store';
import { scratchDatabase } from '../../../src-main/core/db/scratch-database';
import { loadSqlJs } from '../../../src-main/core/db/sqljs';
import { trackWrites } from '../../../src-main/core/db/write-tracker';
import { notesV1, tempDbPath } from './store-fixture';

describe('the in-memory file a synchronous checkpoint writes', () => {
  it('is, between transactions, the whole database: what export() copies', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    const tracker = trackWrites(SQL, db, false)!;
    expect(tracker.fileBytes(4096)).toBeNull();
    db.run('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)');
    db.run('BEGIN');
    for (let i = 0; i < 5000; i++) db.run('INSERT INTO t (body) VALUES (?)', [`Nguyễn Thị Ánh Tuyết ${i} `.repeat(4)]);
    db.run('COMMIT');
    db.run('DELETE FROM t WHERE id % 7 = 0');
    const pages = Number(db.exec('PRAGMA page_count')[0]?.values[0]?.[0]) * Number(db.exec('PRAGMA page_size')[0]?.values[0]?.[0]);
    const view = tracker.fileBytes(pages)!;
    expect(view.length).toBe(pages);
    expect(Buffer.from(view.subarray(0, 15)).toString('latin1')).toBe('SQLite format 3');
    // It grew in place (memfs-growth.ts), not by copies 1.125 times larger each.
    expect((view.buffer as ArrayBuffer & { resizable?: boolean }).resizable).toBe(true);
    const copy = new SQL.Database(view.slice());
    expect(copy.exec('PRAGMA integrity_check')[0]?.values).toEqual([['ok']]);
    const sums = 'SELECT count(*), sum(id), sum(length(body)) FROM t';
    expect(copy.exec(sums)[0]?.values).toEqual(db.exec(sums)[0]?.values);
    copy.close();
    tracker.stop();
    db.close();
  });

  it('is written without export(), and the file holds every acknowledged write', async () => {
    const path = tempDbPath();
    const store = await openFileStore(path, { migrations: notesV1 });
    const exports = vi.spyOn(Engine.prototype, 'export');
    try {
      store.write((tx) => {
        for (let i = 0; i < 2000; i++) tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', [`n${i}`, `ghi chú ${i}`]);
      });
      store.checkpoint();
      store.write((tx) => tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', ['last', 'cuối']));
      store.close();
      expect(exports).not.toHaveBeenCalled();
    } finally {
      exports.mockRestore();
    }
    const SQL = await loadSqlJs();
    const file = new SQL.Database(readFileSync(path));
    expect(file.exec('PRAGMA integrity_check')[0]?.values).toEqual([['ok']]);
    expect(file.exec('SELECT count(*) FROM notes')[0]?.values).toEqual([[2001]]);
    file.close();
  });
});

describe('a background checkpoint of the changed bytes', () => {
  it('holds the bytes as they were when taken, whatever is written after', async () => {
    const path = tempDbPath();
    const SQL = await loadSqlJs();
    const engine = new Engine(new SQL.Database());
    const tracker = trackWrites(SQL, engine.db, false)!;
    engine.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)');
    // The base file: the database as it is now, and the tracker follows the writes from it.
    writeFileSync(path, baseFileOf(engine, tracker));
    engine.transaction(
      (tx) => {
        for (let i = 0; i < 500; i++) tx.run('INSERT INTO t (body) VALUES (?)', [`trước ${i} `.repeat(6)]);
      },
      () => undefined,
    );
    const snapshot = takeSnapshot(engine, tracker, 2, backgroundTempPath(path));
    expect(snapshot.kind).toBe('changes');
    // The same pages written again before the worker copies them: the snapshot must not see it.
    engine.transaction(
      (tx) => tx.run("UPDATE t SET body = 'sau'"),
      () => undefined,
    );
    expect(await writeSnapshotInBackground(path, snapshot, () => true)).toBe(true);
    const file = new SQL.Database(readFileSync(path));
    expect(file.exec('PRAGMA integrity_check')[0]?.values).toEqual([['ok']]);
    expect(file.exec("SELECT count(*), sum(body = 'sau') FROM t")[0]?.values).toEqual([[500, 0]]);
    file.close();
    tracker.stop();
    engine.close();
  });
});

/** The database's whole file now, for a test's base file; the tracker starts afresh from it. */
function baseFileOf(engine: Engine, tracker: NonNullable<ReturnType<typeof trackWrites>>): Uint8Array {
  const size = Number(engine.get<{ n: number }>('SELECT page_count * page_size AS n FROM pragma_page_count(), pragma_page_size()')?.n);
  const bytes = tracker.fileBytes(size)!.slice();
  tracker.take();
  return bytes;
}

describe('a background checkpoint after a write too large to track (a bulk import)', () => {
  it('stages the whole file from memory, not a copy, and renames it in once durable', async () => {
    const path = tempDbPath();
    const SQL = await loadSqlJs();
    const engine = new Engine(new SQL.Database());
    const tracker = trackWrites(SQL, engine.db, false)!;
    engine.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)');
    engine.transaction(
      (tx) => {
        for (let i = 0; i < 3000; i++) tx.run('INSERT INTO t (body) VALUES (?)', [`dòng ${i} `.repeat(6)]);
      },
      () => undefined,
    );
    // The tracker gave up (as past its limit): the snapshot must be the whole database.
    tracker.forget();
    const exports = vi.spyOn(Engine.prototype, 'export');
    let snapshot: ReturnType<typeof takeSnapshot>;
    try {
      snapshot = takeSnapshot(engine, tracker, 7, backgroundTempPath(path));
      expect(exports).not.toHaveBeenCalled();
    } finally {
      exports.mockRestore();
    }
    expect(snapshot.kind).toBe('staged');
    // Writes after the snapshot are not in the staged file.
    engine.transaction(
      (tx) => tx.run('INSERT INTO t (body) VALUES (?)', ['sau']),
      () => undefined,
    );
    expect(await writeSnapshotInBackground(path, snapshot, () => true)).toBe(true);
    expect(existsSync(backgroundTempPath(path))).toBe(false);
    const file = new SQL.Database(readFileSync(path));
    expect(file.exec('PRAGMA integrity_check')[0]?.values).toEqual([['ok']]);
    expect(file.exec('SELECT count(*) FROM t')[0]?.values).toEqual([[3000]]);
    file.close();
    tracker.stop();
    engine.close();
  });

  it('removes its staged file when a later checkpoint overtook it', async () => {
    const path = tempDbPath();
    const SQL = await loadSqlJs();
    const engine = new Engine(new SQL.Database());
    const tracker = trackWrites(SQL, engine.db, false)!;
    engine.exec('CREATE TABLE t (x)');
    engine.transaction(
      (tx) => tx.run('INSERT INTO t VALUES (1)'),
      () => undefined,
    );
    const snapshot = takeSnapshot(engine, tracker, 1, backgroundTempPath(path));
    expect(snapshot.kind).toBe('staged');
    expect(await writeSnapshotInBackground(path, snapshot, () => false)).toBe(false);
    expect(existsSync(backgroundTempPath(path))).toBe(false);
    expect(existsSync(path)).toBe(false);
    tracker.stop();
    engine.close();
  });
});

describe('a scratch database (a package being built)', () => {
  it('gives its whole file without export(), grown in place', async () => {
    const SQL = await loadSqlJs();
    const scratch = scratchDatabase(SQL);
    scratch.db.run('CREATE TABLE t (x TEXT)');
    scratch.db.run('BEGIN');
    for (let i = 0; i < 4000; i++) scratch.db.run('INSERT INTO t VALUES (?)', [`bản ghi ${i} `.repeat(5)]);
    scratch.db.run('COMMIT');
    const exports = vi.spyOn(scratch.db, 'export');
    const bytes = scratch.fileBytes().slice();
    expect(exports).not.toHaveBeenCalled();
    scratch.close();
    const copy = new SQL.Database(bytes);
    expect(copy.exec('PRAGMA integrity_check')[0]?.values).toEqual([['ok']]);
    expect(copy.exec("SELECT count(*), max(x) FROM t WHERE x LIKE 'bản ghi 3999 %'")[0]?.values[0]?.[0]).toBe(1);
    copy.close();
  });
});

describe('backups', () => {
  it('of a database just opened (read, not yet written) and after writes are its file, without export()', async () => {
    const path = tempDbPath();
    const first = await openFileStore(path, { migrations: notesV1 });
    first.write((tx) => {
      for (let i = 0; i < 1500; i++) tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', [`n${i}`, `ghi chú ${i}`]);
    });
    first.close();
    const exports = vi.spyOn(Engine.prototype, 'export');
    const store = await openFileStore(path, { migrations: notesV1 });
    try {
      await store.settled();
      const daily = store.listBackups().find((b) => b.reason === 'daily');
      expect(daily).toBeDefined();
      store.write((tx) => tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', ['last', 'cuối']));
      const manual = await store.backup('manual');
      expect(exports).not.toHaveBeenCalled();
      const SQL = await loadSqlJs();
      for (const [file, count] of [
        [daily!.file, 1500],
        [manual.file, 1501],
      ] as const) {
        const copy = new SQL.Database(readFileSync(file));
        expect(copy.exec('PRAGMA integrity_check')[0]?.values).toEqual([['ok']]);
        expect(copy.exec('SELECT count(*) FROM notes')[0]?.values).toEqual([[count]]);
        copy.close();
      }
    } finally {
      exports.mockRestore();
      store.close();
    }
  });
});

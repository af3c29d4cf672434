import { describe, expect, it } from 'vitest';
import { loadSqlJs } from '../../../src-main/core/db/sqljs';
import { WriteTracker, adoptDatabase, trackWrites, type FileWrite } from '../../../src-main/core/db/write-tracker';

/** `base` with `writes` laid over it in order, cut to `size`: what the checkpoint worker writes. */
function patched(base: Uint8Array, writes: readonly FileWrite[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  out.set(base.subarray(0, Math.min(base.length, size)));
  for (const w of writes) if (w.position < size) out.set(w.bytes.subarray(0, size - w.position), w.position);
  return out;
}

describe('write tracking', () => {
  it('observes the sql.js in use (an upgrade that hides its file system must fail here, not go slow)', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    const tracker = trackWrites(SQL, db, true);
    expect(tracker).not.toBeNull();
    tracker?.stop();
    db.close();
  });

  it('gives the writes that turn the last file into the current one', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    db.run('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)');
    const tracker = trackWrites(SQL, db, false);
    expect(tracker?.take()).toBeNull();
    const base = db.export();
    tracker?.take();
    for (let i = 0; i < 3000; i++) db.run('INSERT INTO t (body) VALUES (?)', [`row ${i} `.repeat(5)]);
    db.run('DELETE FROM t WHERE id % 3 = 0');
    const writes = tracker?.take() ?? [];
    const size = Number(db.exec('PRAGMA page_count')[0]?.values[0]?.[0]) * 4096;
    const copy = new SQL.Database(patched(base, writes, size));
    expect(copy.exec('PRAGMA integrity_check')[0]?.values).toEqual([['ok']]);
    expect(copy.exec('SELECT count(*), sum(id) FROM t')[0]?.values).toEqual(db.exec('SELECT count(*), sum(id) FROM t')[0]?.values);
    copy.close();
    tracker?.stop();
    db.close();
  });

  it('keeps only where a readable file was written, and gives the bytes there when taken (no copy)', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    db.run('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)');
    const tracker = trackWrites(SQL, db, true)!;
    expect(tracker.viewable).toBe(true);
    db.run('BEGIN');
    for (let i = 0; i < 2000; i++) db.run('INSERT INTO t (body) VALUES (?)', [`Trần Văn Ơn ${i} `.repeat(4)]);
    db.run('COMMIT');
    db.run("UPDATE t SET body = 'sửa' WHERE id = 1");
    const size = Number(db.exec('PRAGMA page_count')[0]?.values[0]?.[0]) * 4096;
    const file = tracker.fileBytes(size)!;
    const writes = tracker.take()!;
    expect(writes.length).toBeGreaterThan(10);
    for (const w of writes) {
      // A view of the file itself, holding what the file holds there now (page 2 was written twice).
      expect(w.bytes.buffer).toBe(file.buffer);
      expect(Buffer.from(w.bytes).equals(Buffer.from(file.subarray(w.position, w.position + w.bytes.length)))).toBe(true);
    }
    tracker.stop();
    db.close();
  });

  it('keeps one copy of a place written twice, and gives up past its byte limit', () => {
    const tracker = new WriteTracker('f', true, () => undefined, 10_000);
    tracker.record(0, new Uint8Array(4096).fill(1));
    tracker.record(4096, new Uint8Array(4096).fill(2));
    tracker.record(0, new Uint8Array(4096).fill(3));
    expect(tracker.take()?.map((w) => [w.position, w.bytes[0]])).toEqual([
      [4096, 2],
      [0, 3],
    ]);
    for (let i = 0; i < 3; i++) tracker.record(i * 4096, new Uint8Array(4096));
    expect(tracker.take()).toBeNull();
    // Afresh after a take: the caller wrote the whole file.
    tracker.record(0, new Uint8Array(10));
    expect(tracker.take()).toHaveLength(1);
    tracker.record(0, new Uint8Array(10));
    tracker.forget();
    expect(tracker.take()).toBeNull();
  });
});

describe('a database made from bytes the caller gives up', () => {
  it('keeps those bytes as its file instead of a copy, and reads and writes them as a database', async () => {
    const SQL = await loadSqlJs();
    const source = new SQL.Database();
    source.run("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO t VALUES (1, 'một')");
    const bytes = source.export();
    source.close();
    const counterBefore = Buffer.from(bytes).readUInt32BE(24);
    const db = adoptDatabase(SQL, bytes);
    expect(db.exec('SELECT body FROM t')[0]?.values).toEqual([['một']]);
    // An update in place (no new page, so the file does not grow): SQLite bumps the file change counter
    // in page 1, which is now `bytes` itself.
    db.run("UPDATE t SET body = 'hai' WHERE id = 1");
    expect(Buffer.from(bytes).readUInt32BE(24)).toBe(counterBefore + 1);
    expect(db.exec('SELECT body FROM t')[0]?.values).toEqual([['hai']]);
    db.close();
  });

  it('copies bytes passed to sql.js any other way, as before', async () => {
    const SQL = await loadSqlJs();
    const source = new SQL.Database();
    source.run('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO t VALUES (1, 1)');
    const bytes = source.export();
    source.close();
    adoptDatabase(SQL, new SQL.Database().export()).close();
    const snapshot = Buffer.from(bytes);
    const db = new SQL.Database(bytes);
    db.run('UPDATE t SET body = 2 WHERE id = 1');
    expect(Buffer.from(bytes).equals(snapshot)).toBe(true);
    db.close();
  });
});

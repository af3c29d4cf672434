import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src-main/core/db/engine';
import { openFileStore } from '../../../src-main/core/db/file-store';
import { loadSqlJs } from '../../../src-main/core/db/sqljs';
import { notesV1, tempDbPath } from './store-fixture';

describe('sql.js export()', () => {
  it('keeps foreign keys, functions and prepared statements working afterwards', async () => {
    const SQL = await loadSqlJs();
    const engine = new Engine(new SQL.Database());
    engine.exec('CREATE TABLE a (id INTEGER PRIMARY KEY); CREATE TABLE b (a_id INTEGER REFERENCES a(id))');
    engine.db.create_function('twice', (x: number) => x * 2);
    const stmt = engine.db.prepare('SELECT twice(?) AS v');
    engine.db.export();
    expect(engine.get('PRAGMA foreign_keys')).toEqual({ foreign_keys: 1 });
    expect(() => engine.exec('INSERT INTO b (a_id) VALUES (42)', [])).toThrow(/FOREIGN KEY/);
    expect(engine.get('SELECT twice(21) AS v')).toEqual({ v: 42 });
    stmt.bind([5]);
    expect(stmt.step()).toBe(true);
    expect(stmt.getAsObject()).toEqual({ v: 10 });
    stmt.free();
    engine.db.close();
  });

  it('still enforces foreign keys in the store after a checkpoint and after a backup', async () => {
    const store = await openFileStore(tempDbPath(), { migrations: notesV1 });
    store.checkpoint();
    await store.backup('manual');
    expect(store.get('PRAGMA foreign_keys')).toEqual({ foreign_keys: 1 });
    expect(() => store.write((tx) => tx.run('INSERT INTO notes (id, folder_id) VALUES (?, ?)', ['n', 'no-such-folder']))).toThrow(
      /FOREIGN KEY/,
    );
    store.close();
  });
});

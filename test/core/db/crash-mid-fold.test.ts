import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openFileStore } from '../../../src-main/core/db/file-store';
import { journalPathFor, nextJournalPathFor } from '../../../src-main/core/db/journal-read';
import { JournalWriter } from '../../../src-main/core/db/journal-writer';
import { encodePayload } from '../../../src-main/core/db/journal-codec';
import { readGeneration } from '../../../src-main/core/db/generation';
import { readIdentity } from '../../../src-main/core/db/file-identity';
import { Engine } from '../../../src-main/core/db/engine';
import { loadSqlJs } from '../../../src-main/core/db/sqljs';
import { crashTestMigrations } from './crash-schema';
import { tempDbPath } from './store-fixture';

const insert = (id: string) =>
  [
    ['INSERT INTO items (id, payload, n) VALUES (?, ?, 0)', [id, new Uint8Array([1])]],
    ['UPDATE counter SET total = total + 1 WHERE id = 1', null],
  ] as const;

/** Lays down what a crash in the middle of a background checkpoint leaves: the old file and two journals. */
async function crashedMidCheckpoint(dbPath: string): Promise<void> {
  const store = await openFileStore(dbPath, { migrations: crashTestMigrations });
  store.close();
  const SQL = await loadSqlJs();
  const engine = new Engine(new SQL.Database(readFileSync(dbPath)));
  const generation = readGeneration(engine);
  const identity = readIdentity(engine);
  engine.db.close();
  if (identity.kind !== 'ours') throw new Error('the store did not mark its file');
  const main = new JournalWriter(journalPathFor(dbPath), identity.databaseId);
  main.reset(generation);
  main.append(encodePayload(insert('before-rotation').map(([sql, params]) => [sql, params ? [...params] : null])));
  main.close();
  const next = new JournalWriter(nextJournalPathFor(dbPath), identity.databaseId);
  next.reset(generation + 1);
  next.append(encodePayload(insert('after-rotation').map(([sql, params]) => [sql, params ? [...params] : null])));
  next.close();
}

describe('a crash while opening folds two journals', () => {
  it('opens again with each write exactly once when the fold wrote the file but did not reset the journals', async () => {
    const dbPath = tempDbPath();
    await crashedMidCheckpoint(dbPath);
    const journalsBefore = [journalPathFor(dbPath), nextJournalPathFor(dbPath)].map((p) => [p, readFileSync(p)] as const);

    // This open folds both journals into a new file; afterwards the crash is replayed: the journals come back.
    const folded = await openFileStore(dbPath, { migrations: crashTestMigrations });
    folded.close();
    for (const [path, bytes] of journalsBefore) writeFileSync(path, bytes);

    const store = await openFileStore(dbPath, { migrations: crashTestMigrations });
    try {
      const ids = store.all<{ id: string }>('SELECT id FROM items ORDER BY id').map((r) => r.id);
      expect(ids).toEqual(['after-rotation', 'before-rotation']);
      expect(store.get<{ total: number }>('SELECT total FROM counter')?.total).toBe(2);
    } finally {
      store.close();
    }
  });
});

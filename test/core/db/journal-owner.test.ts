import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFileStore } from '../../../src-main/core/db/file-store';
import { checkHealth } from '../../../src-main/core/db/health';
import { journalPathFor, nextJournalPathFor, readJournal } from '../../../src-main/core/db/journal-read';
import { StoreOpenError } from '../../../src-main/core/db/store-open-error';
import { backupPlaceFor } from '../../../src-main/core/db/file-store';
import { legacyJournal } from './journal-legacy';
import { notesV1, tempDbPath } from './store-fixture';

/** A database with `checkpoints` extra checkpoints, then `ids` written to its journal only (a crash). */
async function crashedWith(ids: string[], checkpoints = 0): Promise<string> {
  const path = tempDbPath();
  const store = await openFileStore(path, { migrations: notesV1 });
  for (let i = 0; i < checkpoints; i++) {
    store.write((tx) => tx.run('INSERT INTO folders (id, name) VALUES (?, ?)', [`f${i}`, 'x']));
    store.checkpoint();
  }
  for (const id of ids) store.write((tx) => tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', [id, id]));
  rmSync(`${path}.lock`);
  return path;
}

/** `journal` put beside the database at `target`: opening and `check` refuse it, and nothing changes. */
async function expectForeignRefused(path: string, target: string, journal: Buffer): Promise<void> {
  writeFileSync(target, journal);
  const dbBytes = readFileSync(path);
  const folder = readdirSync(dirname(path)).sort();
  const err = await openFileStore(path, { migrations: notesV1 }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(StoreOpenError);
  expect((err as StoreOpenError).reason).toBe('journal-foreign');
  expect((err as StoreOpenError).message).toContain('thuộc về một cơ sở dữ liệu khác');
  const health = await checkHealth(path, notesV1, backupPlaceFor(path));
  expect(health.healthy).toBe(false);
  expect(readFileSync(target).equals(journal)).toBe(true);
  expect(readFileSync(path).equals(dbBytes)).toBe(true);
  expect(readdirSync(dirname(path)).sort()).toEqual(folder);
}

describe('a journal from another database', () => {
  it('is refused at the same generation (its records are not replayed into this one)', async () => {
    const other = await crashedWith(['theirs-1', 'theirs-2']);
    const path = await crashedWith(['mine']);
    expect(readJournal(journalPathFor(other)).generation).toBe(readJournal(journalPathFor(path)).generation);
    await expectForeignRefused(path, journalPathFor(path), readFileSync(journalPathFor(other)));
  });

  it('is refused at an older generation (not silently emptied)', async () => {
    const other = await crashedWith(['theirs']);
    const path = await crashedWith([], 3);
    expect(readJournal(journalPathFor(other)).generation).toBeLessThan(readJournal(journalPathFor(path)).generation ?? 0);
    await expectForeignRefused(path, journalPathFor(path), readFileSync(journalPathFor(other)));
  });

  it('is refused as the `next` journal of a checkpoint in progress', async () => {
    const other = await crashedWith(['theirs']);
    const path = await crashedWith(['mine']);
    await expectForeignRefused(path, nextJournalPathFor(path), readFileSync(journalPathFor(other)));
  });

  it('is refused in the earlier format once this database is marked', async () => {
    const path = await crashedWith(['mine']);
    const generation = readJournal(journalPathFor(path)).generation ?? 0;
    const journal = legacyJournal(generation, [[["INSERT INTO notes (id) VALUES ('theirs')", null]]]);
    await expectForeignRefused(path, journalPathFor(path), journal);
  });

  it('is told apart from this database own journal, which still replays', async () => {
    const path = await crashedWith(['mine']);
    const store = await openFileStore(path, { migrations: notesV1 });
    expect(store.all('SELECT id FROM notes')).toEqual([{ id: 'mine' }]);
    store.close();
  });
});

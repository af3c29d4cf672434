import { describe, expect, it } from 'vitest';
import { openFileStore } from '../../../src-main/core/db/file-store';
import { pageCacheKib } from '../../../src-main/core/db/page-cache';
import { notesV1, tempDbPath } from './store-fixture';

const MB = 1024 * 1024;
const cacheKib = (store: { get<T extends object>(sql: string): T | undefined }) =>
  -Number(store.get<{ cache_size: number }>('PRAGMA cache_size')?.cache_size);

describe('the page cache follows the database', () => {
  it('is an eighth of the file, between 8 MB and 64 MB', () => {
    expect(pageCacheKib(0)).toBe(8 * 1024);
    expect(pageCacheKib(40 * MB)).toBe(8 * 1024);
    expect(pageCacheKib(140 * MB)).toBe(Math.ceil((140 * MB) / 8 / 1024));
    expect(pageCacheKib(620 * MB)).toBe(64 * 1024);
  });

  it('is sized again when a checkpoint finds the database grown, and when it is opened', async () => {
    const path = tempDbPath();
    const store = await openFileStore(path, { migrations: notesV1 });
    expect(cacheKib(store)).toBe(8 * 1024);
    // 96 MB of notes: an eighth is 12 MB.
    store.write((tx) => {
      for (let i = 0; i < 96; i++) tx.run('INSERT INTO notes (id, data) VALUES (?, zeroblob(?))', [`n${i}`, MB]);
    });
    expect(cacheKib(store)).toBe(8 * 1024);
    store.checkpoint();
    const grown = cacheKib(store);
    expect(grown).toBeGreaterThanOrEqual(12 * 1024);
    expect(grown).toBeLessThan(13 * 1024);
    store.close();
    const again = await openFileStore(path, { migrations: notesV1 });
    expect(cacheKib(again)).toBe(grown);
    again.close();
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchWrites } from '../../../src-main/core/api/write-watch';
import { openMemoryStore } from '../../../src-main/core/db/memory-store';
import type { Store } from '../../../src-main/core/db/types';

/** What the dispatcher asks before it puts a call on the change feed: did any of its transactions commit a write? */
describe('watchWrites', () => {
  let base: Store;
  beforeEach(async () => {
    base = await openMemoryStore([]);
    base.write((tx) => tx.run('CREATE TABLE t (v INTEGER)'));
  });
  afterEach(() => base.close());

  it('says no for reads, inside a transaction or not', () => {
    const watched = watchWrites(base);
    watched.store.write((tx) => tx.all('SELECT * FROM t'));
    watched.store.all('SELECT count(*) AS n FROM t');
    expect(watched.wrote()).toBe(false);
  });

  it('says no for a write that was rolled back, yes once one commits (a later write counts too)', () => {
    const watched = watchWrites(base);
    expect(() =>
      watched.store.write((tx) => {
        tx.run('INSERT INTO t VALUES (1)');
        throw new Error('refused by a rule');
      }),
    ).toThrow('refused by a rule');
    expect(watched.wrote()).toBe(false);
    expect(base.get<{ n: number }>('SELECT count(*) AS n FROM t')?.n).toBe(0);
    watched.store.write((tx) => tx.get('SELECT 1'));
    watched.store.write((tx) => tx.run('INSERT INTO t VALUES (2)'));
    expect(watched.wrote()).toBe(true);
    expect(base.get<{ v: number }>('SELECT v FROM t')?.v).toBe(2);
  });

  it('answers for its own call only: a write through the bare store is not this call’s', () => {
    const watched = watchWrites(base);
    base.write((tx) => tx.run('INSERT INTO t VALUES (3)'));
    expect(watched.wrote()).toBe(false);
  });
});

import { storeWithWrite } from '../db/store-with-write';
import type { Store, WriteOptions, WriteTx } from '../db/types';

/** A call's store, and whether any of its transactions committed a write. */
export interface WatchedStore {
  store: Store;
  /** True once a write transaction that ran a statement has committed. */
  wrote(): boolean;
}

/**
 * Watches what a call writes, so the change feed hears only calls that wrote (a method's role cannot tell:
 * a clerk's preview writes nothing, a save refused by its rules writes nothing). Every statement the store
 * records and journals goes through `tx.run` (engine.ts refuses a write through `tx.all`/`tx.get`), so a
 * transaction that called `run` and returned is one the store committed; one that threw was rolled back.
 */
export function watchWrites(base: Store): WatchedStore {
  let wrote = false;
  const write = <T>(fn: (tx: WriteTx) => T, options?: WriteOptions): T => {
    let ran = false;
    const result = base.write((tx) => {
      const watched: WriteTx = {
        all: (sql, params) => tx.all(sql, params),
        get: (sql, params) => tx.get(sql, params),
        run: (sql, params) => ((ran = true), tx.run(sql, params)),
      };
      return fn(watched);
    }, options);
    wrote ||= ran;
    return result;
  };
  return { store: storeWithWrite(base, write), wrote: () => wrote };
}

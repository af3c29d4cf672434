import type { ReadDb, Row, SqlParams, WriteTx } from '../db/types';

/**
 * A read-only view of the database whose answers are kept by query and parameters, for checking every row
 * of a file BEFORE anything is written: nothing changes while it is used, so an answer cannot go stale,
 * and 10,000 rows naming the same 40 communes and 2 catalogue entries read each of them once (the checks
 * cost ~120 µs a row without it). A write through it is a bug: it throws. Dropped with the call.
 */
export function checkReads(db: ReadDb): WriteTx {
  const answers = new Map<string, readonly object[]>();
  const all = <T extends object = Row>(sql: string, params?: SqlParams): T[] => {
    const key = `${sql}\u0000${JSON.stringify(params ?? null)}`;
    let rows = answers.get(key);
    if (!rows) {
      rows = db.all<T>(sql, params);
      answers.set(key, rows);
    }
    // Each caller gets its own copies: a check that changed a row it read cannot change another's answer.
    return rows.map((r) => ({ ...r })) as T[];
  };
  function get<T extends object = Row>(sql: string, params?: SqlParams): T | undefined {
    return all<T>(sql, params)[0];
  }
  return {
    all,
    get,
    run: () => {
      throw new Error('checkReads: a row check tried to write');
    },
  };
}

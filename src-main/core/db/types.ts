/** The database seen by the rest of the core. Only `*.repo.ts` files and `db/` use these directly. */
export type SqlValue = string | number | null | Uint8Array;
export type SqlParams = SqlValue[] | Record<string, SqlValue>;
export type Row = Record<string, SqlValue>;

/** Read access: plain queries on the in-memory database. */
export interface ReadDb {
  all<T extends object = Row>(sql: string, params?: SqlParams): T[];
  get<T extends object = Row>(sql: string, params?: SqlParams): T | undefined;
}

/**
 * A write transaction. Every statement run through `run` is recorded and journaled on commit, so
 * it must be deterministic: ids, timestamps and anything random are bound as parameters, never made
 * by SQL (no `datetime('now')`, no `random()`).
 */
export interface WriteTx extends ReadDb {
  run(sql: string, params?: SqlParams): { changes: number };
}

/** What the status bar shows. */
export interface StoreStatus {
  /** Absolute path of the database file, or null for an in-memory database (tests). */
  path: string | null;
  schemaVersion: number;
  /** Bytes in the journal not yet checkpointed. */
  journalBytes: number;
  /** ISO time of the last durable write (journal fsync or checkpoint). */
  lastSavedAt: string | null;
  /** ISO time and file of the newest backup, if any. */
  lastBackup: { file: string; at: string } | null;
}

/** An open office database: one writer, durable before acknowledging. */
export interface Store extends ReadDb {
  /**
   * Runs `fn` in one SQLite transaction. When it returns, the statements it ran are appended to the
   * journal and fsync'd before `write` returns; if `fn` throws, everything is rolled back and nothing is
   * journaled. The tx must not be used after `fn` returns.
   */
  write<T>(fn: (tx: WriteTx) => T): T;
  /** Writes the whole database atomically and starts a new journal. */
  checkpoint(): void;
  status(): StoreStatus;
  /** Checkpoints, releases the lock and closes. */
  close(): void;
}

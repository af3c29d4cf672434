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

/**
 * The live SQLite connection, for connection-local objects (TEMP tables and triggers) only: its statements
 * are neither recorded nor journaled, so they must never change what the file holds, except where
 * `Store.onConnection` says so.
 */
export interface Connection extends ReadDb {
  exec(sql: string, params?: SqlParams | null): number;
}

/**
 * Set-up of a connection: run on the live connection when registered, and again on the new one when a
 * restore swaps it, with the replaced connection still open (`replaced`). Writes to the new connection's
 * own tables made then are durable: the restore checkpoints right after.
 */
export type ConnectionSetup = (conn: Connection, replaced: Connection | null) => void;

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
  /** ISO time of the last checkpoint (whole file written), or null. */
  lastCheckpointAt?: string | null;
  /** Vietnamese text of the last background failure (a checkpoint or backup that could not be written). */
  problem?: string | null;
  /** Torn journal tails dropped at open, each first copied to `file` beside the journal. */
  keptTornTails?: { file: string; bytes: number }[];
}

/** Why a backup was made; part of its file name. */
export type BackupReason = 'daily' | 'migration' | 'manual' | 'before-restore' | 'damaged';

/** One backup copy (bản sao lưu) of the database. */
export interface BackupInfo {
  /** File name inside the backup folder. */
  name: string;
  /** Absolute path. */
  file: string;
  /** ISO time it was made (from the file name, local clock of the office). */
  at: string;
  reason: BackupReason;
  bytes: number;
}

/** How a write runs. */
export interface WriteOptions {
  /**
   * A bulk write (a package import): the store may run it without SQLite's in-memory rollback journal,
   * and should it fail, restore the database from what is on disk instead (durable-store.ts).
   */
  bulk?: boolean;
}

/** An open office database: one writer, durable before acknowledging. */
export interface Store extends ReadDb {
  /**
   * Runs `fn` in one SQLite transaction. When it returns, the statements it ran are appended to the
   * journal and fsync'd before `write` returns; if `fn` throws, everything is rolled back and nothing is
   * journaled. The tx must not be used after `fn` returns.
   */
  write<T>(fn: (tx: WriteTx) => T, options?: WriteOptions): T;
  /** Writes the whole database atomically and starts a new journal. */
  checkpoint(): void;
  status(): StoreStatus;
  /** Writes a verified copy of the current database into the backup folder (then rotates old ones). */
  backup(reason: BackupReason): Promise<BackupInfo>;
  /** Backups of this database, newest first. */
  listBackups(): BackupInfo[];
  /**
   * Replaces the database with a backup, in place (same Store object): the current state is first kept
   * as a 'before-restore' backup so the restore can be undone. `name` is a file name from listBackups()
   * or an absolute path. Must not be called inside `write`; the caller must let no write run until it resolves
   * (the dispatcher serialises calls).
   */
  restore(name: string): Promise<BackupInfo>;
  /** Runs `setup` on the connection now and after every restore (see ConnectionSetup). */
  onConnection(setup: ConnectionSetup): void;
  /** Resolves once background work (the automatic daily backup, verified in a worker) has finished. */
  settled(): Promise<void>;
  /** Checkpoints, releases the lock and closes. */
  close(): void;
}

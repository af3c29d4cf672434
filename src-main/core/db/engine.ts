import type { Database, SqlValue as SqlJsValue } from 'sql.js';
import { sortKey } from '../text/sort-key';
import { pageCacheKib } from './page-cache';
import { StatementCache } from './statement-cache';
import type { ReadDb, Row, SqlParams, WriteTx } from './types';

/** One statement as journaled: its SQL and its bound parameters. */
export type RecordedStatement = [sql: string, params: SqlParams | null];

/**
 * Where a transaction's writes are recorded as they run: the durable store encodes them for its journal
 * (journal-codec.ts `PayloadBuilder`); a store without a journal only counts them.
 */
export interface StatementSink {
  /** Records a statement that ran; `params` may be reused by the caller afterwards, so what is kept is a copy. */
  add(sql: string, params: SqlParams | null): void;
  readonly statements: number;
}

/** How a transaction runs. */
export interface TransactionOptions {
  /**
   * Without SQLite's rollback journal for the main database: it holds the original of every page the
   * transaction changes, in the WebAssembly heap, which never shrinks. Importing 10,000 sessions into a
   * province's 120,000 changes most pages of the indexes keyed by date, topic, form and venue kind (~40 MB).
   * A rollback then cannot restore the database: if the transaction fails after a statement ran, the
   * caller must discard this engine (durable-store.ts reloads the database from its file and journal).
   */
  withoutRollback?: boolean;
}

/** A sink that keeps nothing: for stores without a journal. */
export class StatementCount implements StatementSink {
  statements = 0;
  add(): void {
    this.statements += 1;
  }
}

/**
 * A thin, typed face over a sql.js Database: reads, and transactions whose statements are recorded so
 * the store can journal them. Knows nothing of files.
 */
export class Engine implements ReadDb {
  private readonly statements: StatementCache;
  /**
   * A transaction without rollback failed after it may have written (TransactionOptions): what the
   * database holds is no longer known, and the engine must be discarded.
   */
  spoiled = false;

  constructor(readonly db: Database) {
    this.statements = new StatementCache(db);
    db.run('PRAGMA foreign_keys = ON');
    // sql.js keeps the file in memory but still reads it page by page through a cache (page-cache.ts).
    this.fitPageCache();
    db.run('PRAGMA temp_store = MEMORY');
    // The database lives in memory and is made durable by our own journal (durable-store.ts): SQLite's
    // rollback journal only serves ROLLBACK. As a file of sql.js's in-memory FS it was created, grown by
    // 12% steps (each a copy) and deleted at every transaction: ~1.7 s of 12 imports of 10k records (issue 13).
    db.run('PRAGMA journal_mode = MEMORY');
    // Vietnamese order for columns without a stored `*_sort` key (notes, names reached through a join):
    // used in ORDER BY only, never in a trigger or a view, so other SQLite tools can still open the file.
    db.create_function('vi_sort', (text: unknown) => (typeof text === 'string' ? sortKey(text) : null));
  }

  all<T extends object = Row>(sql: string, params?: SqlParams): T[] {
    const stmt = this.statements.get(sql);
    try {
      if (params) stmt.bind(params as SqlJsParams);
      const rows: T[] = [];
      while (stmt.step()) rows.push(stmt.getAsObject() as T);
      return rows;
    } finally {
      // Reset (not freed): the statement stays prepared for the next call with the same SQL.
      stmt.reset();
    }
  }

  get<T extends object = Row>(sql: string, params?: SqlParams): T | undefined {
    return this.all<T>(sql, params)[0];
  }

  /** Runs one statement outside any recording (migrations, replay). */
  exec(sql: string, params?: SqlParams | null): number {
    if (params) this.runPrepared(sql, params);
    else this.db.exec(sql); // may hold several statements (migrations, scripts): not cached
    return this.db.getRowsModified();
  }

  /** Sizes SQLite's page cache to the database as it is now (page-cache.ts); the store calls it at checkpoints. */
  fitPageCache(): void {
    // Not through the statement cache: it holds the app's own statements only.
    const bytes = this.db.exec('SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()')[0]?.values[0]?.[0];
    this.db.run(`PRAGMA cache_size = -${pageCacheKib(Number(bytes ?? 0))}`);
  }

  /** The database's bytes; prepared statements are dropped first (see StatementCache). */
  export(): Uint8Array {
    this.statements.clear();
    return this.db.export();
  }

  /** Frees the prepared statements and closes the database. */
  close(): void {
    this.statements.clear();
    this.db.close();
  }

  /** How many statements are kept prepared (for tests). */
  get preparedCount(): number {
    return this.statements.size;
  }

  /**
   * Runs `fn` inside BEGIN … COMMIT, recording each write in `sink`. `commit(sink)` runs before COMMIT: if it
   * throws (the journal could not be written), the transaction is rolled back.
   */
  transaction<T, S extends StatementSink = StatementCount>(
    fn: (tx: WriteTx) => T,
    commit: (sink: S) => void,
    sink?: S,
    how: TransactionOptions = {},
  ): T {
    const recorded = sink ?? (new StatementCount() as StatementSink as S);
    const withoutRollback = how.withoutRollback === true;
    if (withoutRollback) this.db.run('PRAGMA main.journal_mode = OFF');
    try {
      return this.inTransaction(fn, commit, recorded, withoutRollback);
    } finally {
      if (withoutRollback) this.db.run('PRAGMA main.journal_mode = MEMORY');
    }
  }

  private inTransaction<T, S extends StatementSink>(
    fn: (tx: WriteTx) => T,
    commit: (sink: S) => void,
    recorded: S,
    withoutRollback: boolean,
  ): T {
    let open = true;
    // Whether a statement that may change the file ran, or began to: a failed one is not undone either.
    let mayHaveWritten = false;
    const maybeWrites = () => (mayHaveWritten = true);
    const tx: WriteTx = {
      all: (sql, params) => (assertOpen(open), this.readOnly(sql, () => this.all(sql, params), maybeWrites)),
      get: (sql, params) => (assertOpen(open), this.readOnly(sql, () => this.get(sql, params), maybeWrites)),
      run: (sql, params) => {
        assertOpen(open);
        maybeWrites();
        const changes = this.exec(sql, params ?? null);
        recorded.add(sql, params ?? null);
        return { changes };
      },
    };
    this.db.run('BEGIN');
    try {
      const result = fn(tx);
      open = false;
      if (recorded.statements > 0) commit(recorded);
      this.db.run('COMMIT');
      return result;
    } catch (err) {
      open = false;
      if (withoutRollback && mayHaveWritten) this.spoiled = true;
      this.db.run('ROLLBACK');
      throw err;
    }
  }

  /**
   * Runs a read of a write transaction and fails it if it changed rows: a write made through
   * `tx.all`/`tx.get` (e.g. `INSERT … RETURNING`) would not be journaled and would vanish after a crash.
   */
  private readOnly<T>(sql: string, read: () => T, maybeWrites: () => void): T {
    // A plain SELECT cannot change rows (our SQL functions are pure): skip the two counter reads, which
    // cost as much as the read itself in per-row checks of a bulk import.
    if (PLAIN_SELECT.test(sql)) return read();
    maybeWrites();
    const before = this.totalChanges();
    const result = read();
    if (this.totalChanges() !== before) throw new Error('a write ran through tx.all/tx.get; use tx.run so that it is journaled');
    return result;
  }

  private totalChanges(): number {
    const row = this.all<{ n: number }>('SELECT total_changes() AS n')[0];
    return Number(row?.n ?? 0);
  }

  private runPrepared(sql: string, params: SqlParams): void {
    const stmt = this.statements.get(sql);
    try {
      stmt.run(params as SqlJsParams);
    } finally {
      stmt.reset();
    }
  }
}

/** SQL that starts with SELECT (after blanks): only its first statement is prepared, so it writes nothing. */
const PLAIN_SELECT = /^\s*SELECT\b/i;

type SqlJsParams = SqlJsValue[] | Record<string, SqlJsValue>;

function assertOpen(open: boolean): void {
  // A handler that awaits and then writes would write outside its journaled transaction.
  if (!open) throw new Error('database transaction used after it ended (write before the first await)');
}

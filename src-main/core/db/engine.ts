import type { Database, SqlValue as SqlJsValue } from 'sql.js';
import { sortKey } from '../text/sort-key';
import { StatementCache } from './statement-cache';
import type { ReadDb, Row, SqlParams, SqlValue, WriteTx } from './types';

/** One statement as journaled: its SQL and its bound parameters. */
export type RecordedStatement = [sql: string, params: SqlParams | null];

/**
 * A thin, typed face over a sql.js Database: reads, and transactions whose statements are recorded so
 * the store can journal them. Knows nothing of files.
 */
export class Engine implements ReadDb {
  private readonly statements: StatementCache;

  constructor(readonly db: Database) {
    this.statements = new StatementCache(db);
    db.run('PRAGMA foreign_keys = ON');
    // sql.js keeps the file in memory but still reads it page by page through a 2 MB cache by default;
    // a 64 MB cache and in-memory sort space cut a 10-year report over a million records from ~4 s to ~2.3 s.
    db.run('PRAGMA cache_size = -65536');
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
   * Runs `fn` inside BEGIN … COMMIT, recording each write. `commit(recorded)` runs before COMMIT: if it
   * throws (the journal could not be written), the transaction is rolled back.
   */
  transaction<T>(fn: (tx: WriteTx) => T, commit: (recorded: RecordedStatement[]) => void): T {
    const recorded: RecordedStatement[] = [];
    let open = true;
    const tx: WriteTx = {
      all: (sql, params) => (assertOpen(open), this.readOnly(sql, () => this.all(sql, params))),
      get: (sql, params) => (assertOpen(open), this.readOnly(sql, () => this.get(sql, params))),
      run: (sql, params) => {
        assertOpen(open);
        const changes = this.exec(sql, params ?? null);
        recorded.push([sql, params ? snapshot(params) : null]);
        return { changes };
      },
    };
    this.db.run('BEGIN');
    try {
      const result = fn(tx);
      open = false;
      if (recorded.length > 0) commit(recorded);
      this.db.run('COMMIT');
      return result;
    } catch (err) {
      open = false;
      this.db.run('ROLLBACK');
      throw err;
    }
  }

  /**
   * Runs a read of a write transaction and fails it if it changed rows: a write made through
   * `tx.all`/`tx.get` (e.g. `INSERT … RETURNING`) would not be journaled and would vanish after a crash.
   */
  private readOnly<T>(sql: string, read: () => T): T {
    // A plain SELECT cannot change rows (our SQL functions are pure): skip the two counter reads, which
    // cost as much as the read itself in per-row checks of a bulk import.
    if (PLAIN_SELECT.test(sql)) return read();
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

/**
 * A copy of the parameters as they were when the statement ran: a caller reusing one array (or byte
 * buffer) across statements must not change what is journaled for the earlier ones.
 */
function snapshot(params: SqlParams): SqlParams {
  const copy = (v: SqlValue): SqlValue => (v instanceof Uint8Array ? v.slice() : v);
  // Bulk inserts bind ~1,000 values a statement: a plain copy of the array, unless it holds bytes.
  if (Array.isArray(params)) return params.some((v) => v instanceof Uint8Array) ? params.map(copy) : params.slice();
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, copy(v)]));
}

function assertOpen(open: boolean): void {
  // A handler that awaits and then writes would write outside its journaled transaction.
  if (!open) throw new Error('database transaction used after it ended (write before the first await)');
}

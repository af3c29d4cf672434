import type { Database, Statement } from 'sql.js';

/** How many distinct SQL texts stay prepared; the app uses a few hundred at most, bulk paths a handful. */
export const STATEMENT_CACHE_SIZE = 200;

/**
 * Prepared statements kept by their SQL text, least recently used dropped first. Preparing is the
 * costly part of a small statement in sql.js (parse + plan on every `db.run`), so bulk imports that run
 * one INSERT per record spend most of their time there without this.
 *
 * A statement belongs to one sql.js Database: `clear()` must run before that database is closed,
 * swapped or exported (older sql.js versions free every statement on export).
 */
export class StatementCache {
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly db: Database,
    private readonly capacity = STATEMENT_CACHE_SIZE,
  ) {}

  /** The prepared statement for `sql`, reset and without bindings. */
  get(sql: string): Statement {
    const cached = this.statements.get(sql);
    if (cached) {
      // Re-inserting moves it to the end of the Map's order: the most recently used.
      this.statements.delete(sql);
      this.statements.set(sql, cached);
      return cached;
    }
    const stmt = this.db.prepare(sql);
    this.statements.set(sql, stmt);
    if (this.statements.size > this.capacity) this.evictOldest();
    return stmt;
  }

  get size(): number {
    return this.statements.size;
  }

  /** Frees every statement (before close, export or a database swap). */
  clear(): void {
    for (const stmt of this.statements.values()) stmt.free();
    this.statements.clear();
  }

  private evictOldest(): void {
    const oldest = this.statements.keys().next();
    if (oldest.done) return;
    this.statements.get(oldest.value)?.free();
    this.statements.delete(oldest.value);
  }
}

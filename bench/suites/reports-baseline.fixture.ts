import { loadSqlJs } from '../../src-main/core/db/sqljs';

/**
 * STACK.md's reference step measured on an idle machine of this kind: 100,000 rows of 6 columns
 * inserted with a prepared statement in one transaction took 427 ms. Timing the same step in the same
 * run gives the machine's current slowdown (2 cores shared by several engineers), so targets can be
 * read as load-adjusted ratios as well as raw times.
 */
export const IDLE_BASELINE_MS = 427;

export async function measureBaseline(): Promise<number> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  try {
    db.run('CREATE TABLE t (a INTEGER, b TEXT, c TEXT, d INTEGER, e TEXT, f REAL)');
    const t = performance.now();
    db.run('BEGIN');
    const stmt = db.prepare('INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < 100_000; i++) stmt.run([i, `name ${i}`, `2017-01-${(i % 28) + 1}`, i % 100, 'x'.repeat(20), i / 3]);
    stmt.free();
    db.run('COMMIT');
    return performance.now() - t;
  } finally {
    db.close();
  }
}

import type { Migration } from '../../../src-main/core/db/migrations';

/** The crash test's own schema: each write inserts an item and bumps a counter in one transaction. */
export const crashTestMigrations: Migration[] = [
  {
    version: 1,
    name: 'crash test items',
    sql: `CREATE TABLE items (id TEXT PRIMARY KEY, payload BLOB NOT NULL, n INTEGER NOT NULL);
          CREATE TABLE counter (id INTEGER PRIMARY KEY, total INTEGER NOT NULL);
          INSERT INTO counter (id, total) VALUES (1, 0);`,
  },
];

import type { Migration } from '../db/migrations';

/**
 * The number of sessions, kept by triggers, so an unfiltered list (the grid's first screen) is counted
 * by reading one row instead of walking an index of a million entries on every page. Plain SQL
 * triggers: every tool that edits the file keeps the count right, and a replayed journal re-fires them.
 */
export const sessionsCountMigration: Migration = {
  version: 32,
  name: 'propaganda sessions: row count',
  sql: `
CREATE TABLE propaganda_sessions_count (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
INSERT INTO propaganda_sessions_count (id, n) SELECT 1, COUNT(*) FROM propaganda_sessions;
CREATE TRIGGER propaganda_sessions_counted_in AFTER INSERT ON propaganda_sessions
BEGIN
  UPDATE propaganda_sessions_count SET n = n + 1 WHERE id = 1;
END;
CREATE TRIGGER propaganda_sessions_counted_out AFTER DELETE ON propaganda_sessions
BEGIN
  UPDATE propaganda_sessions_count SET n = n - 1 WHERE id = 1;
END;
`,
};

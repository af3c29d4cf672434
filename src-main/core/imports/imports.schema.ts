import type { Migration } from '../db/migrations';

/**
 * Schema step 150: the Excel imports applied (one row each) and the records each created, so an undo
 * removes exactly those. Record ids are not foreign keys: the records live in five tables.
 */
export const importsMigration: Migration = {
  version: 150,
  name: 'imports: applied Excel imports and their records',
  sql: `
CREATE TABLE imports (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('models', 'sessions', 'outcomes', 'registrations', 'recipients')),
  decision_id TEXT,
  file_name TEXT NOT NULL DEFAULT '',
  created INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  undone_at TEXT
);
CREATE INDEX imports_kind ON imports(kind, decision_id, seq);
CREATE TABLE import_records (
  import_id TEXT NOT NULL REFERENCES imports(id),
  seq INTEGER NOT NULL,
  record_id TEXT NOT NULL,
  line INTEGER NOT NULL,
  PRIMARY KEY (import_id, seq)
);
`,
};

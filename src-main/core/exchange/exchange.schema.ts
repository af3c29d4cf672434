import type { Migration } from '../db/migrations';

/**
 * The office identity and the exchange bookkeeping (versions 140–149).
 * `exchange_office` is this database's office, one row, with its signing keys (keys.ts says why the
 * private key lives here). `exchange_offices` are the reporting offices whose keys were registered.
 * `exchange_sent` numbers the packages sent to each receiver; `exchange_received` the packages applied
 * from each sender, and `exchange_undo` what each one replaced (a record's row before, or null for a
 * record it added), so the last import of an office can be undone.
 */
export const officeMigration: Migration = {
  version: 140,
  name: 'exchange: office identity, registered offices, packages sent and received',
  sql: `
CREATE TABLE exchange_office (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  id TEXT NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('commune', 'district', 'province', 'ministry')),
  parent_office_id TEXT,
  public_key TEXT NOT NULL,
  private_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE exchange_offices (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('commune', 'district', 'province', 'ministry')),
  public_key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL
);
CREATE TABLE exchange_sent (
  receiver_id TEXT NOT NULL,
  sequence INTEGER NOT NULL,
  full INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  counts TEXT NOT NULL,
  PRIMARY KEY (receiver_id, sequence)
);
CREATE TABLE exchange_received (
  seq INTEGER PRIMARY KEY,
  sender_id TEXT NOT NULL,
  sequence INTEGER NOT NULL,
  package_created_at TEXT NOT NULL,
  applied_at TEXT NOT NULL,
  applied_by TEXT NOT NULL,
  counts TEXT NOT NULL,
  undone_at TEXT
);
CREATE INDEX exchange_received_sender ON exchange_received(sender_id, seq);
CREATE TABLE exchange_undo (
  received_seq INTEGER NOT NULL REFERENCES exchange_received(seq),
  step INTEGER NOT NULL,
  target TEXT NOT NULL,
  record_id TEXT NOT NULL,
  before TEXT,
  PRIMARY KEY (received_seq, step)
);
`,
};

/**
 * Ownership: `origin_office_id` is the office that created the record; NULL is this database's own
 * office (every row made before exchange existed, and every row made here since), so a change of the
 * office's id never rewrites records.
 */
/**
 * The tables step 141 gave the column, as they were then: a released step never changes. Tables that
 * travel since get it in their own step (commendations: 160), and `ORIGIN_TABLES` (core/records) lists all.
 */
const ORIGIN_TABLES_OF_141: readonly string[] = ['security_models', 'propaganda_sessions', 'outcomes', 'safety_registrations'];

export const originMigration: Migration = {
  version: 141,
  name: 'exchange: origin office of each travelling record',
  sql: ORIGIN_TABLES_OF_141.map(
    (t) => `ALTER TABLE ${t} ADD COLUMN origin_office_id TEXT;
CREATE INDEX ${t}_origin ON ${t}(origin_office_id) WHERE origin_office_id IS NOT NULL;`,
  ).join('\n'),
};

/**
 * The records an import added, as id lists (one row per 10,000 ids, numbered among the import's steps in
 * `exchange_undo`) instead of a row each: a 100k-record package stored 100k undo rows and their index,
 * and its undo deleted them one by one. Older imports keep their rows and are undone the same way.
 */
export const undoAddedMigration: Migration = {
  version: 165,
  name: 'exchange: the records an import added, as id lists',
  sql: `
CREATE TABLE exchange_undo_added (
  received_seq INTEGER NOT NULL REFERENCES exchange_received(seq),
  step INTEGER NOT NULL,
  part INTEGER NOT NULL,
  target TEXT NOT NULL,
  ids TEXT NOT NULL,
  PRIMARY KEY (received_seq, step, part)
);
`,
};

export const exchangeMigrations: readonly Migration[] = [officeMigration, originMigration, undoAddedMigration];

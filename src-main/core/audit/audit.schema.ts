import type { Migration } from '../db/migrations';

/**
 * Migration 130: the audit trail (nhật ký thao tác). One row per record a call created, changed or
 * deleted (its changed fields before and after, as JSON) and one per event (sign-in, backup, export…).
 * Append-only: triggers refuse every UPDATE and DELETE, whoever runs them. Indexes serve audit.list:
 * newest first (by id) within one record, kind, user or method.
 */
export const auditLogMigration: Migration = {
  version: 130,
  name: 'audit trail',
  sql: `CREATE TABLE audit_log (
          id INTEGER PRIMARY KEY,
          at TEXT NOT NULL,
          user_id TEXT,
          username TEXT NOT NULL,
          role TEXT,
          method TEXT NOT NULL,
          kind TEXT,
          record_id TEXT,
          action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'event')),
          changes TEXT,
          note TEXT
        );
        CREATE INDEX audit_log_by_record ON audit_log (record_id, id);
        CREATE INDEX audit_log_by_kind ON audit_log (kind, id);
        CREATE INDEX audit_log_by_username ON audit_log (username, id);
        CREATE INDEX audit_log_by_user ON audit_log (user_id, id);
        CREATE INDEX audit_log_by_method ON audit_log (method, id);
        CREATE INDEX audit_log_by_time ON audit_log (at);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;`,
};

/**
 * Migration 185: the records a bulk section created (audit-trail.ts `bulkCreates`), one narrow row each,
 * against the section's one 'create' entry in audit_log. A compact entry per record (its id, the package,
 * who and when, six index entries) made the trail a quarter of a province's database after its districts'
 * packages (~330 B a record; ~30 B here). Entries written before stay as they are and are read as before.
 * Append-only, as the trail is.
 */
export const auditBulkCreatesMigration: Migration = {
  version: 185,
  name: 'audit trail: bulk creates',
  sql: `CREATE TABLE audit_bulk_creates (
          record_id TEXT NOT NULL,
          entry_id INTEGER NOT NULL REFERENCES audit_log (id),
          PRIMARY KEY (record_id, entry_id)
        ) WITHOUT ROWID;
        CREATE INDEX audit_bulk_creates_by_entry ON audit_bulk_creates (entry_id);
        CREATE TRIGGER audit_bulk_creates_no_update BEFORE UPDATE ON audit_bulk_creates
          BEGIN SELECT RAISE(ABORT, 'audit_bulk_creates is append-only'); END;
        CREATE TRIGGER audit_bulk_creates_no_delete BEFORE DELETE ON audit_bulk_creates
          BEGIN SELECT RAISE(ABORT, 'audit_bulk_creates is append-only'); END;`,
};

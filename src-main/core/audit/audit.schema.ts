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

import type { Migration } from '../db/migrations';

/**
 * Migration 120: accounts (tài khoản). Usernames are ASCII (contract/users/user-fields.ts), so NOCASE
 * makes them unique ignoring case. The password columns hold scrypt's key, the per-user salt and the
 * parameters it was made with; columns whose name starts with `password` never go to the audit trail
 * or a log.
 */
export const usersMigration: Migration = {
  version: 120,
  name: 'user accounts',
  sql: `CREATE TABLE users (
          id TEXT PRIMARY KEY,
          username TEXT NOT NULL COLLATE NOCASE UNIQUE,
          display_name TEXT NOT NULL,
          role TEXT NOT NULL CHECK (role IN ('viewer', 'clerk', 'admin')),
          disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
          password_hash TEXT NOT NULL,
          password_salt TEXT NOT NULL,
          password_params TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          version INTEGER NOT NULL DEFAULT 1
        );`,
};

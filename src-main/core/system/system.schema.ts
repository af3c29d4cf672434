import type { Migration } from '../db/migrations';

/**
 * Migration 1: the office's settings (cấu hình đơn vị), one row. Reports and certificates read the names
 * for their headings and the place for the dated line "…, ngày … tháng … năm …".
 */
export const settingsMigration: Migration = {
  version: 1,
  name: 'office settings',
  sql: `CREATE TABLE settings (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          office_name TEXT NOT NULL DEFAULT '',
          parent_body_name TEXT NOT NULL DEFAULT '',
          province_name TEXT NOT NULL DEFAULT '',
          place_name TEXT NOT NULL DEFAULT '',
          created_at TEXT,
          updated_at TEXT
        );
        INSERT INTO settings (id) VALUES (1);`,
};

import type { Migration } from '../db/migrations';

/**
 * Migration 82: the saved header and signature of each report (số, ký hiệu, ngày ban hành, nơi nhận,
 * người ký…), keyed by the report's period and scope, so a report exported again prints what was
 * entered and the next report is prefilled from the last one.
 */
export const reportHeadersMigration: Migration = {
  version: 82,
  name: 'report headers',
  sql: `CREATE TABLE report_headers (
          report_key TEXT PRIMARY KEY,
          header_json TEXT NOT NULL,
          saved_at TEXT NOT NULL
        );
        CREATE INDEX report_headers_by_saved ON report_headers(saved_at);`,
};

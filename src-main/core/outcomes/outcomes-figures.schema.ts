import type { Migration } from '../db/migrations';

/**
 * The outcomes part of schema step 80 (report covering indexes). Step 80 was released from reports/
 * as one migration over four domains' tables; each domain now declares the index on its own table
 * with the same version, name and statement, and app/migrations.ts joins the parts of a version back
 * into one step run in one transaction, so databases already past it run nothing again.
 */
export const outcomesReportIndexPart: Migration = {
  version: 80,
  name: 'report covering indexes',
  // Split only to keep lines short: SQLite stores this text in sqlite_master as released.
  sql:
    'CREATE INDEX reports_outcomes_by_period ON outcomes(period, unit_id, ' +
    'tips_received, valuable_tips, cases_solved, suspects_arrested, weapons_handed_in);',
};

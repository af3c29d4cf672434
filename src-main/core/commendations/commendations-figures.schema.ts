import type { Migration } from '../db/migrations';

/**
 * The commendations part of schema step 80 (report covering indexes). Step 80 was released from
 * reports/ as one migration over four domains' tables; each domain now declares the index on its own
 * table with the same version, name and statement, and app/migrations.ts joins the parts of a version
 * back into one step run in one transaction, so databases already past it run nothing again.
 */
export const commendationsReportIndexPart: Migration = {
  version: 80,
  name: 'report covering indexes',
  sql: 'CREATE INDEX reports_recipients_by_decision ON commendation_recipients(decision_id, unit_id, kind);',
};

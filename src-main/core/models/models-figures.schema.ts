import type { Migration } from '../db/migrations';

/**
 * The models part of schema step 80 (report covering indexes). Step 80 was released from reports/ as
 * one migration over four domains' tables; each domain now declares the index on its own table with
 * the same version, name and statement, and app/migrations.ts joins the parts of a version back into
 * one step run in one transaction. So a database already at 80 runs none of it again, and one below
 * 80 gets all four indexes together, exactly as before. The index holds every column modelCounts
 * (models-figures.repo.ts) reads, in GROUP BY order, so the count reads index pages only.
 */
export const modelsReportIndexPart: Migration = {
  version: 80,
  name: 'report covering indexes',
  sql: 'CREATE INDEX reports_models_by_unit_type ON security_models(unit_id, type_id, founded_on, status, status_on, id);',
};

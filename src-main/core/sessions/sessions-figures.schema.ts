import type { Migration } from '../db/migrations';

/**
 * The sessions part of schema step 80 (report covering indexes). Step 80 was released from reports/
 * as one migration over four domains' tables; each domain now declares the index on its own table
 * with the same version, name and statement, and app/migrations.ts joins the parts of a version back
 * into one step run in one transaction, so databases already past it run nothing again.
 */
export const sessionsReportIndexPart: Migration = {
  version: 80,
  name: 'report covering indexes',
  // Split only to keep lines short: SQLite stores this text in sqlite_master as released.
  sql:
    'CREATE INDEX reports_sessions_by_date ON propaganda_sessions(' +
    'held_on, unit_id, form_id, venue_kind_id, attendees, households_committed);',
};

/**
 * Sessions in GROUP BY order (unit, form, venue kind) for sessionCounts (sessions-figures.repo.ts).
 * Released from reports/ as step 81, outside this domain's 30–39 range; it keeps its version and
 * statement so databases that ran it do not run it again and the others do not skip it.
 */
export const sessionsGroupIndexMigration: Migration = {
  version: 81,
  name: 'report index of sessions by group',
  sql: `
CREATE INDEX reports_sessions_by_group ON propaganda_sessions(unit_id, form_id, venue_kind_id, held_on, attendees, households_committed);
`,
};

import type { Migration } from '../db/migrations';

/**
 * Covering indexes for the report's grouped counts (migration 80). Each holds every column its query
 * reads, in GROUP BY order where it can, so a report over a million records reads index pages only
 * and never jumps back to the wide record rows (names, notes, search text).
 */
export const reportsIndexMigration: Migration = {
  version: 80,
  name: 'report covering indexes',
  sql: `
CREATE INDEX reports_models_by_unit_type ON security_models(unit_id, type_id, founded_on, status, status_on, id);
CREATE INDEX reports_sessions_by_date ON propaganda_sessions(held_on, unit_id, form_id, venue_kind_id, attendees, households_committed);
CREATE INDEX reports_outcomes_by_period ON outcomes(period, unit_id, tips_received, valuable_tips, cases_solved, suspects_arrested, weapons_handed_in);
CREATE INDEX reports_recipients_by_decision ON commendation_recipients(decision_id, unit_id, kind);
`,
};

/** Sessions in GROUP BY order (unit, form, venue kind) for the report's counts (report-figures.repo.ts). */
export const reportsSessionGroupIndexMigration: Migration = {
  version: 81,
  name: 'report index of sessions by group',
  sql: `
CREATE INDEX reports_sessions_by_group ON propaganda_sessions(unit_id, form_id, venue_kind_id, held_on, attendees, households_committed);
`,
};

import type { Migration } from '../db/migrations';

/**
 * Migration 100: the unsaved rows of each page (issue 10 item 1). They live in the database, not the
 * browser, so a restart keeps them and a backup holds them. `cells` is the draft's JSON, bounded by the
 * contract (at most 60 cells of 2000 characters).
 */
export const draftsMigration: Migration = {
  version: 100,
  name: 'drafts',
  sql: `CREATE TABLE drafts (
          page TEXT NOT NULL,
          draft_key TEXT NOT NULL,
          cells TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          PRIMARY KEY (page, draft_key)
        );`,
};

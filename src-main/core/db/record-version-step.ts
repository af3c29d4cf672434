import type { Migration } from './migrations';

/**
 * Schema step 90: a `version` column on every table of records the clerks edit (1 for rows that
 * exist, +1 on each write; contract/records/record-version.ts says why). Each domain declares the
 * part on its own tables, and the parts are joined into one step (migration-parts.ts). Adding a
 * column with a constant default rewrites no row, so the step is instant on a million records.
 */
export function recordVersionPart(table: string): Migration {
  return { version: 90, name: 'record versions', sql: `ALTER TABLE ${table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1;` };
}

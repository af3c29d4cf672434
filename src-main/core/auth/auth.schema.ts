import type { Migration } from '../db/migrations';

/** Migration 121: the idle time (phút) before a session locks, an administrator's setting; 15 by default. */
export const idleMinutesMigration: Migration = {
  version: 121,
  name: 'session idle minutes',
  sql: 'ALTER TABLE settings ADD COLUMN idle_minutes INTEGER NOT NULL DEFAULT 15;',
};

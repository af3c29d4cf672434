import type { Migration } from '../db/migrations';
import { recordVersionPart } from '../db/record-version-step';
import { sessionsCountMigration } from './sessions-count.schema';
import { sessionsGroupIndexMigration, sessionsReportIndexPart } from './sessions-figures.schema';
import { sessionsUnitSearchMigration } from './sessions-unit-search.schema';
import { sessionsSortKeysPart } from './sessions-sort-keys.schema';

/**
 * Propaganda sessions (buổi tuyên truyền, nói chuyện chuyên đề, hội nghị ký cam kết).
 *
 * `seq` is an explicit INTEGER PRIMARY KEY because the FTS table keys on it: VACUUM may renumber the
 * implicit rowid of a table without one. `id` (UUID) is what the API and other records use.
 * `*_sort` columns hold text/sort-key.ts keys so ORDER BY walks an index in Vietnamese order;
 * `propaganda_sessions_fts` holds the folded (text/fold.ts) topic, presenter and note for the
 * diacritic-insensitive search box and column filters. Both are written only by sessions.repo.ts.
 */
export const sessionsMigration: Migration = {
  version: 30,
  name: 'propaganda sessions',
  sql: `
CREATE TABLE propaganda_sessions (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  held_on TEXT NOT NULL,
  unit_id TEXT NOT NULL REFERENCES units(id),
  venue_kind_id TEXT NOT NULL REFERENCES catalogue_entries(id),
  form_id TEXT NOT NULL REFERENCES catalogue_entries(id),
  topic TEXT NOT NULL,
  topic_sort TEXT NOT NULL,
  presenter TEXT NOT NULL DEFAULT '',
  presenter_sort TEXT NOT NULL DEFAULT '',
  attendees INTEGER NOT NULL DEFAULT 0 CHECK (attendees >= 0),
  households_committed INTEGER NOT NULL DEFAULT 0 CHECK (households_committed >= 0),
  materials_distributed INTEGER NOT NULL DEFAULT 0 CHECK (materials_distributed >= 0),
  model_id TEXT REFERENCES security_models(id),
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX propaganda_sessions_held_on ON propaganda_sessions(held_on, seq);
CREATE INDEX propaganda_sessions_unit ON propaganda_sessions(unit_id, held_on);
CREATE INDEX propaganda_sessions_topic ON propaganda_sessions(topic_sort, seq);
CREATE INDEX propaganda_sessions_presenter ON propaganda_sessions(presenter_sort, seq);
CREATE INDEX propaganda_sessions_form ON propaganda_sessions(form_id, held_on);
CREATE INDEX propaganda_sessions_venue_kind ON propaganda_sessions(venue_kind_id, held_on);
CREATE INDEX propaganda_sessions_model ON propaganda_sessions(model_id) WHERE model_id IS NOT NULL;
CREATE VIRTUAL TABLE propaganda_sessions_fts USING fts4(topic, presenter, note);
`,
};

/** Every schema step of sessions, in order: a new field's migration is appended here. */
export const sessionsMigrations: readonly Migration[] = [
  sessionsMigration,
  sessionsUnitSearchMigration,
  sessionsCountMigration,
  sessionsReportIndexPart,
  sessionsGroupIndexMigration,
  recordVersionPart('propaganda_sessions'),
  sessionsSortKeysPart,
];

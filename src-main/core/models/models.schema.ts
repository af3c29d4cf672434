import type { Migration } from '../db/migrations';

/**
 * Security models (mô hình an ninh trật tự) and their status history. `status`/`status_on` on the model
 * repeat its latest event so lists filter and sort on an index; "active at a date" reads the events.
 * type_id / host_organisation_id point into catalogue_entries and unit_id into units without cascade,
 * so a catalogue entry or unit in use cannot be deleted. Events go with their model (cascade).
 * `security_models_fts` holds the folded (text/fold.ts) name and leader under docid = seq, so the
 * search box answers from an index on a million models; `seq` is an explicit INTEGER PRIMARY KEY
 * because VACUUM may renumber an implicit rowid and orphan the FTS rows. Other tables reference `id`.
 */
export const modelsMigration: Migration = {
  version: 20,
  name: 'security models',
  sql: `
CREATE TABLE security_models (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type_id TEXT NOT NULL REFERENCES catalogue_entries(id),
  name TEXT NOT NULL,
  -- Folded name for plain-SQL readers (reports, seeds); the search box uses security_models_fts.
  name_search TEXT NOT NULL DEFAULT '',
  name_sort TEXT NOT NULL,
  unit_id TEXT NOT NULL REFERENCES units(id),
  host_organisation_id TEXT REFERENCES catalogue_entries(id),
  founded_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'dissolved')),
  status_on TEXT NOT NULL,
  sites INTEGER CHECK (sites >= 0),
  teams INTEGER CHECK (teams >= 0),
  members INTEGER CHECK (members >= 0),
  households INTEGER CHECK (households >= 0),
  leader TEXT,
  leader_sort TEXT NOT NULL DEFAULT '',
  note TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX security_models_name_sort ON security_models(name_sort);
CREATE INDEX security_models_leader_sort ON security_models(leader_sort);
CREATE INDEX security_models_unit ON security_models(unit_id, name_sort);
CREATE INDEX security_models_type ON security_models(type_id, name_sort);
CREATE INDEX security_models_host ON security_models(host_organisation_id);
CREATE INDEX security_models_founded ON security_models(founded_on);
CREATE INDEX security_models_status ON security_models(status, name_sort);
CREATE INDEX security_models_updated ON security_models(updated_at);

CREATE VIRTUAL TABLE security_models_fts USING fts4(name, leader);

CREATE TABLE model_status_events (
  id TEXT PRIMARY KEY,
  model_id TEXT NOT NULL REFERENCES security_models(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'dissolved')),
  effective_on TEXT NOT NULL,
  note TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (model_id, seq)
);
CREATE INDEX model_status_events_model ON model_status_events(model_id, effective_on, seq);
`,
};

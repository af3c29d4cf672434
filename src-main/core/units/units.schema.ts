import type { Migration } from '../db/migrations';

/**
 * Units (đơn vị, địa bàn) and the editable catalogues (danh mục). Other domains rely on these columns:
 * units(id, code, name, kind, parent_id, valid_from, valid_until, successor_id) and
 * catalogue_entries(id, catalogue, name, retired_at). Dates are ISO 'YYYY-MM-DD' text.
 * Other domains reference units(id) and catalogue_entries(id) without cascade, so SQLite's foreign keys
 * are what refuses deleting a unit or entry in use. units_successor and units_parent index the
 * self-references for the same reason: a delete checks them.
 */
export const unitsMigration: Migration = {
  version: 10,
  name: 'units and catalogues',
  sql: `
CREATE TABLE units (
  id TEXT PRIMARY KEY,
  code TEXT,
  name TEXT NOT NULL,
  name_search TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('province', 'district', 'commune', 'residential_area', 'organisation')),
  subkind TEXT,
  parent_id TEXT REFERENCES units(id),
  valid_from TEXT,
  valid_until TEXT,
  successor_id TEXT REFERENCES units(id),
  note TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX units_code ON units(code) WHERE code IS NOT NULL;
CREATE INDEX units_parent ON units(parent_id);
CREATE INDEX units_name_sort ON units(name_sort);
CREATE INDEX units_kind_name ON units(kind, name_sort);
CREATE INDEX units_successor ON units(successor_id);
CREATE INDEX units_valid_until ON units(valid_until);

CREATE TABLE catalogue_entries (
  id TEXT PRIMARY KEY,
  catalogue TEXT NOT NULL CHECK (catalogue IN ('model_type', 'host_organisation', 'session_form', 'venue_kind', 'award_form', 'awarding_authority', 'occasion')),
  code TEXT,
  name TEXT NOT NULL,
  name_search TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  retired_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (catalogue, name)
);
CREATE INDEX catalogue_entries_catalogue ON catalogue_entries(catalogue, sort_order);
`,
};

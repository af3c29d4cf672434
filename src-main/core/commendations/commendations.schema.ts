import type { Migration } from '../db/migrations';

/**
 * Commendation decisions (quyết định khen thưởng) and their recipients (danh sách được khen).
 * References to units and catalogue entries have no cascade: deleting a unit or an entry in use is
 * refused by SQLite rather than silently erasing commendations.
 *
 * Registry numbers (số sổ) come from `commendation_registry_counters`, one row per
 * (authority, award form, year). The counter only grows, so deleting a recipient never frees a number;
 * `registry_key` + `registry_number` is unique so no two certificates can carry the same number.
 *
 * For reports: count recipients by decision.award_form_id × decision.authority_id × recipient.kind.
 */
export const commendationsMigration: Migration = {
  version: 60,
  name: 'commendation decisions and recipients',
  sql: `
CREATE TABLE commendation_decisions (
  id TEXT PRIMARY KEY,
  number TEXT NOT NULL,
  symbol TEXT NOT NULL DEFAULT '',
  number_search TEXT NOT NULL,
  signed_on TEXT NOT NULL,
  year INTEGER NOT NULL,
  authority_id TEXT NOT NULL REFERENCES catalogue_entries(id),
  issuer_line TEXT NOT NULL DEFAULT '',
  signer_title TEXT NOT NULL,
  signer_name TEXT NOT NULL,
  award_form_id TEXT NOT NULL REFERENCES catalogue_entries(id),
  occasion_id TEXT REFERENCES catalogue_entries(id),
  subject TEXT NOT NULL DEFAULT '',
  subject_search TEXT NOT NULL DEFAULT '',
  place TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX commendation_decisions_number ON commendation_decisions(number, symbol, year);
CREATE INDEX commendation_decisions_signed ON commendation_decisions(signed_on);
CREATE INDEX commendation_decisions_form ON commendation_decisions(award_form_id, authority_id, year);
CREATE INDEX commendation_decisions_authority ON commendation_decisions(authority_id);
CREATE INDEX commendation_decisions_occasion ON commendation_decisions(occasion_id);

CREATE TABLE commendation_recipients (
  id TEXT PRIMARY KEY,
  decision_id TEXT NOT NULL REFERENCES commendation_decisions(id),
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('collective', 'individual')),
  name TEXT NOT NULL,
  name_search TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  gender TEXT CHECK (gender IN ('male', 'female')),
  birth_year INTEGER,
  position TEXT NOT NULL DEFAULT '',
  unit_id TEXT REFERENCES units(id),
  unit_name TEXT NOT NULL DEFAULT '',
  unit_search TEXT NOT NULL DEFAULT '',
  achievement TEXT NOT NULL DEFAULT '',
  registry_key TEXT,
  registry_number INTEGER,
  printed_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((registry_key IS NULL) = (registry_number IS NULL))
);
CREATE INDEX commendation_recipients_decision ON commendation_recipients(decision_id, seq);
CREATE INDEX commendation_recipients_name ON commendation_recipients(name_search);
CREATE INDEX commendation_recipients_sort ON commendation_recipients(name_sort);
CREATE INDEX commendation_recipients_unit ON commendation_recipients(unit_id);
CREATE UNIQUE INDEX commendation_recipients_registry ON commendation_recipients(registry_key, registry_number)
  WHERE registry_number IS NOT NULL;

CREATE TABLE commendation_registry_counters (
  registry_key TEXT PRIMARY KEY,
  last_number INTEGER NOT NULL CHECK (last_number >= 0)
);
`,
};

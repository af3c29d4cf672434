import type { Migration } from '../db/migrations';
import { recordVersionPart } from '../db/record-version-step';

/**
 * Safety registrations (đăng ký / công nhận "An toàn về ANTT", TT 124/2021/TT-BCA): one per unit and
 * year. `assessment` is 'pending' (chưa đánh giá), 'passed' (đạt) or 'failed' (chưa đạt); the
 * recognition decision (số quyết định, ngày, cơ quan công nhận: a People's Committee, kept as text
 * because it is data, not code) exists only for 'passed', which the CHECK repeats as a last guard.
 * `search_text` is decision number, authority and note folded by text/fold.ts, for the search box.
 */
export const registrationsMigration: Migration = {
  version: 50,
  name: 'safety registrations',
  sql: `
CREATE TABLE safety_registrations (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
  unit_id TEXT NOT NULL REFERENCES units(id),
  registered_on TEXT NOT NULL,
  assessment TEXT NOT NULL DEFAULT 'pending' CHECK (assessment IN ('pending', 'passed', 'failed')),
  points REAL CHECK (points IS NULL OR points >= 0),
  decision_number TEXT,
  decision_date TEXT,
  recognised_by TEXT,
  note TEXT NOT NULL DEFAULT '',
  search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (unit_id, year),
  CHECK (assessment = 'passed' OR (decision_number IS NULL AND decision_date IS NULL AND recognised_by IS NULL))
);
CREATE INDEX safety_registrations_year ON safety_registrations(year, assessment);
CREATE INDEX safety_registrations_registered_on ON safety_registrations(registered_on, seq);
CREATE INDEX safety_registrations_decision_date ON safety_registrations(decision_date) WHERE decision_date IS NOT NULL;
`,
};

/** The domain's schema steps in order; a new column is one more migration appended here. */
export const registrationsMigrations: readonly Migration[] = [registrationsMigration, recordVersionPart('safety_registrations')];

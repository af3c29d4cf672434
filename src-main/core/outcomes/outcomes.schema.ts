import type { Migration } from '../db/migrations';
import { recordVersionPart } from '../db/record-version-step';
import { outcomesReportIndexPart } from './outcomes-figures.schema';

/**
 * Outcomes (kết quả) of the movement per unit and month: tips, cases solved, arrests, weapons.
 * One row per unit and month (UNIQUE below): the optional model is an attribution of that row, not
 * part of its key, so a unit's monthly totals never depend on how attributions were split.
 * `period` is 'YYYY-MM'; `note_search` is the note folded by text/fold.ts for the search box.
 */
export const outcomesMigration: Migration = {
  version: 40,
  name: 'outcomes',
  sql: `
CREATE TABLE outcomes (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  unit_id TEXT NOT NULL REFERENCES units(id),
  period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  tips_received INTEGER NOT NULL DEFAULT 0 CHECK (tips_received >= 0),
  valuable_tips INTEGER NOT NULL DEFAULT 0 CHECK (valuable_tips >= 0 AND valuable_tips <= tips_received),
  cases_solved INTEGER NOT NULL DEFAULT 0 CHECK (cases_solved >= 0),
  suspects_arrested INTEGER NOT NULL DEFAULT 0 CHECK (suspects_arrested >= 0),
  weapons_handed_in INTEGER NOT NULL DEFAULT 0 CHECK (weapons_handed_in >= 0),
  model_id TEXT REFERENCES security_models(id),
  note TEXT NOT NULL DEFAULT '',
  note_search TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (unit_id, period)
);
CREATE INDEX outcomes_period ON outcomes(period, seq);
CREATE INDEX outcomes_model ON outcomes(model_id, period) WHERE model_id IS NOT NULL;
`,
};

/** Every schema step of outcomes, in order: a new field's migration is appended here. */
export const outcomesMigrations: readonly Migration[] = [outcomesMigration, outcomesReportIndexPart, recordVersionPart('outcomes')];

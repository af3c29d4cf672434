import type { Migration } from '../db/migrations';

/**
 * The layout editor's saves: per layout, the office's own field placements (x, y, width, font size in
 * mm/pt, as JSON checked on read) with a version for concurrent editors; per decision, the layout the
 * clerk chose when the one picked by form and authority is not the right one.
 */
export const layoutEditorMigration: Migration = {
  version: 170,
  name: 'certificate field placements and decision layouts',
  sql: `
CREATE TABLE certificate_field_placements (
  layout_id TEXT PRIMARY KEY,
  placements TEXT NOT NULL CHECK (json_valid(placements)),
  version INTEGER NOT NULL CHECK (version > 0),
  updated_at TEXT NOT NULL
);

CREATE TABLE certificate_decision_layouts (
  decision_id TEXT PRIMARY KEY REFERENCES commendation_decisions(id) ON DELETE CASCADE,
  layout_id TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`,
};

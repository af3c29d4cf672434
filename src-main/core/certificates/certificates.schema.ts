import type { Migration } from '../db/migrations';

/**
 * What an office sets once for printing: per layout, the printer offsets for pre-printed stock; and the
 * national emblem image (PNG or JPEG bytes, checked on upload; never SVG, see STACK.md).
 */
export const certificatesMigration: Migration = {
  version: 70,
  name: 'certificate print settings and emblem',
  sql: `
CREATE TABLE certificate_layout_settings (
  layout_id TEXT PRIMARY KEY,
  offset_x_mm REAL NOT NULL DEFAULT 0 CHECK (offset_x_mm BETWEEN -50 AND 50),
  offset_y_mm REAL NOT NULL DEFAULT 0 CHECK (offset_y_mm BETWEEN -50 AND 50),
  updated_at TEXT NOT NULL
);

CREATE TABLE certificate_emblem (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
  bytes BLOB NOT NULL,
  updated_at TEXT NOT NULL
);
`,
};

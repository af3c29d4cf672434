import type { ReadDb, WriteTx } from '../db/types';
import { FieldPlacements } from '../../contract/certificates/layout-editor';

export interface StoredPlacements {
  placements: FieldPlacements;
  version: number;
}

/** The office's placements of a layout's fields; none (version 0) while the file's are used. */
export function readPlacements(db: ReadDb, layoutId: string): StoredPlacements {
  const row = db.get<{ placements: string; version: number }>(
    'SELECT placements, version FROM certificate_field_placements WHERE layout_id = ?',
    [layoutId],
  );
  if (!row) return { placements: {}, version: 0 };
  // Written only by savePlacements after validation; a row that no longer parses prints as the file says.
  const parsed = FieldPlacements.safeParse(JSON.parse(row.placements));
  return { placements: parsed.success ? parsed.data : {}, version: row.version };
}

export function savePlacements(tx: WriteTx, layoutId: string, placements: FieldPlacements, version: number, now: string): void {
  tx.run(
    `INSERT INTO certificate_field_placements (layout_id, placements, version, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(layout_id) DO UPDATE SET placements = excluded.placements, version = excluded.version, updated_at = excluded.updated_at`,
    [layoutId, JSON.stringify(placements), version, now],
  );
}

/** The layout the clerk chose for a decision, if any. */
export function chosenLayoutId(db: ReadDb, decisionId: string): string | null {
  return db.get<{ id: string }>('SELECT layout_id AS id FROM certificate_decision_layouts WHERE decision_id = ?', [decisionId])?.id ?? null;
}

export function chooseLayout(tx: WriteTx, decisionId: string, layoutId: string | null, now: string): void {
  if (layoutId === null) {
    tx.run('DELETE FROM certificate_decision_layouts WHERE decision_id = ?', [decisionId]);
    return;
  }
  tx.run(
    `INSERT INTO certificate_decision_layouts (decision_id, layout_id, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(decision_id) DO UPDATE SET layout_id = excluded.layout_id, updated_at = excluded.updated_at`,
    [decisionId, layoutId, now],
  );
}

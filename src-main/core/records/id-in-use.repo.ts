import type { ReadDb } from '../db/types';

/**
 * Whether any table of the database holds a row with this id. A create that keeps a caller's id (the
 * undo of a delete) must not take the id of a unit, a catalogue entry or another kind's record: every
 * id names one thing, and links (unit_id, model_id…) are checked by id alone.
 */
export function idInUseAnywhere(db: ReadDb, id: string): boolean {
  const tables = db.all<{ name: string }>(
    `SELECT m.name FROM sqlite_master m
      WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
        AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'id')`,
  );
  return tables.some((t) => db.get(`SELECT 1 AS x FROM "${t.name.replace(/"/g, '""')}" WHERE id = ?`, [id]) !== undefined);
}

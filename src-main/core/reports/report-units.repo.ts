import type { ReadDb } from '../db/types';
import type { UnitNode } from './unit-layout';

/** Every unit with what the layout needs; units are thousands, not millions, so one read is cheap. */
export function loadUnits(db: ReadDb): UnitNode[] {
  return db
    .all<{ id: string; name: string; kind: string; parent_id: string | null; valid_from: string | null; valid_until: string | null; successor_id: string | null; name_sort: string }>(
      'SELECT id, name, kind, parent_id, valid_from, valid_until, successor_id, name_sort FROM units',
    )
    .map((u) => ({
      id: u.id,
      name: u.name,
      kind: u.kind,
      parentId: u.parent_id,
      validFrom: u.valid_from,
      validUntil: u.valid_until,
      successorId: u.successor_id,
      sortKey: u.name_sort,
    }));
}

/** The province (the root unit that is valid at the date), the default scope of a report. */
export function findProvinceId(db: ReadDb, asOf: string): string | undefined {
  return db.get<{ id: string }>(
    `SELECT id FROM units WHERE kind = 'province' AND parent_id IS NULL
       AND (valid_from IS NULL OR valid_from <= ?) AND (valid_until IS NULL OR valid_until >= ?)
     ORDER BY name_sort LIMIT 1`,
    [asOf, asOf],
  )?.id;
}

import type { ReadDb } from '../db/types';

/**
 * A unit as the report's layout needs it (units-figures: what reports read from this domain): its
 * place in the tree and its validity, so a report can resolve mergers and successors at any date.
 */
export interface UnitTreeEntry {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  validFrom: string | null;
  validUntil: string | null;
  successorId: string | null;
  sortKey: string;
}

interface UnitTreeRow {
  id: string;
  name: string;
  kind: string;
  parent_id: string | null;
  valid_from: string | null;
  valid_until: string | null;
  successor_id: string | null;
  name_sort: string;
}

/** Every unit, retired ones included; units are thousands, not millions, so one read is cheap. */
export function loadUnitTree(db: ReadDb): UnitTreeEntry[] {
  return db.all<UnitTreeRow>('SELECT id, name, kind, parent_id, valid_from, valid_until, successor_id, name_sort FROM units').map((u) => ({
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

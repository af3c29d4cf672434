import type { ReadDb, WriteTx } from '../db/types';
import { foldForSearch } from '../text/fold';
import { sortKey } from '../text/sort-key';
import type { Unit, UnitKind, UnitPathItem } from '../../contract/units/unit';
import type { UnitDraft } from './unit-draft';

/** A units row as stored (snake_case stays in this file). */
export interface UnitRow {
  id: string;
  code: string | null;
  name: string;
  kind: UnitKind;
  subkind: string | null;
  parent_id: string | null;
  valid_from: string | null;
  valid_until: string | null;
  successor_id: string | null;
  note: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export const UNIT_COLUMNS =
  'id, code, name, kind, subkind, parent_id, valid_from, valid_until, successor_id, note, version, created_at, updated_at';

export function toUnit(r: UnitRow): Unit {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    subkind: r.subkind,
    parentId: r.parent_id,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    successorId: r.successor_id,
    note: r.note,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The unit with this id, or undefined. */
export function findUnit(db: ReadDb, id: string): Unit | undefined {
  const row = db.get<UnitRow>(`SELECT ${UNIT_COLUMNS} FROM units WHERE id = ?`, [id]);
  return row ? toUnit(row) : undefined;
}

export function findUnitByCode(db: ReadDb, code: string): Unit | undefined {
  const row = db.get<UnitRow>(`SELECT ${UNIT_COLUMNS} FROM units WHERE code = ?`, [code]);
  return row ? toUnit(row) : undefined;
}

/** Ancestors of a unit, root first, the unit itself excluded. */
export function unitAncestors(db: ReadDb, id: string): UnitPathItem[] {
  return db
    .all<UnitPathItem & { depth: number }>(
      `WITH RECURSIVE up(id, parent_id, name, kind, depth) AS (
       SELECT u.id, u.parent_id, u.name, u.kind, 0 FROM units u WHERE u.id = (SELECT parent_id FROM units WHERE id = ?)
       UNION ALL
       SELECT p.id, p.parent_id, p.name, p.kind, up.depth + 1 FROM units p JOIN up ON p.id = up.parent_id WHERE up.depth < 20
     )
     SELECT id, name, kind, depth FROM up ORDER BY depth DESC`,
      [id],
    )
    .map(({ id: ancestorId, name, kind }) => ({ id: ancestorId, name, kind }));
}

export function countChildren(db: ReadDb, id: string): number {
  return db.get<{ n: number }>('SELECT COUNT(*) AS n FROM units WHERE parent_id = ?', [id])?.n ?? 0;
}

/** Ids among `ids` that have at least one child unit. */
export function idsWithChildren(db: ReadDb, ids: string[]): Set<string> {
  if (ids.length === 0) return new Set();
  const marks = ids.map(() => '?').join(', ');
  return new Set(
    db.all<{ parent_id: string }>(`SELECT DISTINCT parent_id FROM units WHERE parent_id IN (${marks})`, ids).map((r) => r.parent_id),
  );
}

/** The next unit in a successor chain (sáp nhập), with its validity. */
export function successorOf(db: ReadDb, id: string): { successorId: string | null; validUntil: string | null } | undefined {
  const row = db.get<{ successor_id: string | null; valid_until: string | null }>(
    'SELECT successor_id, valid_until FROM units WHERE id = ?',
    [id],
  );
  return row ? { successorId: row.successor_id, validUntil: row.valid_until } : undefined;
}

export function insertUnit(tx: WriteTx, id: string, d: UnitDraft, now: string): void {
  tx.run(
    `INSERT INTO units (id, code, name, name_search, name_sort, kind, subkind, parent_id, valid_from, valid_until, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      d.code,
      d.name,
      foldForSearch(d.name),
      sortKey(d.name),
      d.kind,
      d.subkind,
      d.parentId,
      d.validFrom,
      d.validUntil,
      d.note,
      now,
      now,
    ],
  );
}

export function updateUnit(tx: WriteTx, id: string, d: UnitDraft, now: string): void {
  tx.run(
    `UPDATE units SET code = ?, name = ?, name_search = ?, name_sort = ?, kind = ?, subkind = ?, parent_id = ?,
       valid_from = ?, valid_until = ?, note = ?, version = version + 1, updated_at = ? WHERE id = ?`,
    [d.code, d.name, foldForSearch(d.name), sortKey(d.name), d.kind, d.subkind, d.parentId, d.validFrom, d.validUntil, d.note, now, id],
  );
}

/** Ends a unit's validity and, for a merge, names its successor (null keeps none). */
export function endUnit(tx: WriteTx, id: string, validUntil: string, successorId: string | null, now: string): void {
  tx.run('UPDATE units SET valid_until = ?, successor_id = ?, version = version + 1, updated_at = ? WHERE id = ?', [
    validUntil,
    successorId,
    now,
    id,
  ]);
}

/** Clears a unit's end date and successor (undoing a retirement or merge). */
export function restartUnit(tx: WriteTx, id: string, now: string): void {
  tx.run('UPDATE units SET valid_until = NULL, successor_id = NULL, version = version + 1, updated_at = ? WHERE id = ?', [now, id]);
}

/** Deletes a unit; throws SQLite's foreign-key error when anything still refers to it. */
export function deleteUnitRow(tx: WriteTx, id: string): number {
  return tx.run('DELETE FROM units WHERE id = ?', [id]).changes;
}

/**
 * SQL for "ids of this unit and all its descendants" (one bound parameter: the root id), to embed as
 * `unit_id IN (...)`. The unit tree is small (tens of thousands) next to the record tables.
 */
export const UNIT_SUBTREE_SQL = `WITH RECURSIVE subtree(id) AS (SELECT ? UNION ALL SELECT u.id FROM units u JOIN subtree s ON u.parent_id = s.id) SELECT id FROM subtree`;

/** All ids of a unit's subtree, the unit included. */
export function unitSubtreeIds(db: ReadDb, rootId: string): string[] {
  return db.all<{ id: string }>(UNIT_SUBTREE_SQL, [rootId]).map((r) => r.id);
}

/** Kinds and start dates of a unit's children: what a change of the unit's kind must still allow. */
export function childKinds(db: ReadDb, id: string): Pick<Unit, 'kind' | 'validFrom'>[] {
  return db
    .all<{ kind: UnitKind; valid_from: string | null }>('SELECT DISTINCT kind, valid_from FROM units WHERE parent_id = ?', [id])
    .map((r) => ({ kind: r.kind, validFrom: r.valid_from }));
}

import type { ListQuery } from '../../contract/list-query';
import type { ReadDb } from '../db/types';
import { Where } from '../db/where';
import { foldForSearch } from '../text/fold';
import { addFilters, orderBy, type FilterColumn } from './list-sql.repo';
import type { Unit, UnitKind } from '../../contract/units/unit';
import { toUnit, UNIT_COLUMNS, type UnitRow } from './units.repo';

/** Narrowing of a units list besides the grid's own filters. */
export interface UnitScope {
  kinds?: readonly UnitKind[];
  /** undefined: every parent · null: roots only · id: direct children of that unit. */
  parentId?: string | null;
  /** Only units valid on this ISO date. */
  asOf?: string;
}

const SORT = {
  name: 'u.name_sort',
  code: 'u.code',
  kind: 'u.kind',
  subkind: 'u.subkind',
  validFrom: 'u.valid_from',
  validUntil: 'u.valid_until',
  parentName: 'p.name_sort',
  // No stored key for notes: vi_sort (db/engine.ts) orders them at query time.
  note: 'vi_sort(u.note)',
  updatedAt: 'u.updated_at',
} as const;

const FILTERS: Record<string, FilterColumn> = {
  name: { kind: 'folded', expr: 'u.name_search' },
  code: { kind: 'prefix', expr: 'u.code' },
  kind: { kind: 'exact', expr: 'u.kind' },
  subkind: { kind: 'exact', expr: 'u.subkind' },
  parentName: { kind: 'folded', expr: 'p.name_search' },
};

const COLS = UNIT_COLUMNS.split(', ')
  .map((c) => `u.${c}`)
  .join(', ');

/** Tree order inside one parent: administrative levels first, organisations last. */
const KIND_RANK = `CASE u.kind WHEN 'province' THEN 0 WHEN 'district' THEN 1 WHEN 'commune' THEN 2 WHEN 'residential_area' THEN 3 ELSE 4 END`;

function scopeWhere(scope: UnitScope): Where {
  const where = new Where();
  if (scope.kinds && scope.kinds.length > 0) where.add(`u.kind IN (${scope.kinds.map(() => '?').join(', ')})`, ...scope.kinds);
  if (scope.parentId === null) where.add('u.parent_id IS NULL');
  else if (scope.parentId !== undefined) where.add('u.parent_id = ?', scope.parentId);
  if (scope.asOf)
    where.add('(u.valid_from IS NULL OR u.valid_from <= ?) AND (u.valid_until IS NULL OR u.valid_until >= ?)', scope.asOf, scope.asOf);
  return where;
}

export type UnitListRow = Unit & { parentName: string | null };

/** One page of units for the grid, and the count of all that match. */
export function listUnits(db: ReadDb, q: ListQuery, scope: UnitScope): { total: number; rows: UnitListRow[] } {
  const where = scopeWhere(scope);
  addFilters(where, q.filters, FILTERS);
  where.search(q.search, ["u.name_search LIKE ? ESCAPE '\\'", "u.code LIKE ? ESCAPE '\\'"]);
  const from = `FROM units u LEFT JOIN units p ON p.id = u.parent_id ${where.toSql()}`;
  const order = orderBy(q.sort, SORT, 'u.name_sort', 'u.id');
  const total = db.get<{ n: number }>(`SELECT COUNT(*) AS n ${from}`, where.params)?.n ?? 0;
  const rows = db.all<UnitRow & { parent_name: string | null }>(`SELECT ${COLS}, p.name AS parent_name ${from} ${order} LIMIT ? OFFSET ?`, [
    ...where.params,
    q.limit,
    q.offset,
  ]);
  return { total, rows: rows.map((r) => ({ ...toUnit(r), parentName: r.parent_name })) };
}

/** Direct children of a unit (or the roots), in tree order, for expanding the picker. */
export function childUnits(db: ReadDb, scope: UnitScope & { parentId: string | null }): Unit[] {
  const where = scopeWhere(scope);
  return db.all<UnitRow>(`SELECT ${COLS} FROM units u ${where.toSql()} ORDER BY ${KIND_RANK}, u.name_sort, u.id`, where.params).map(toUnit);
}

/**
 * How well a unit matches what was typed, best first: exact code, exact name, name or code starting with
 * the text, the whole text inside the name; then units that only match word by word. Ranked in SQL so
 * the limit never cuts off the exact match ("dong tam 1" finds "Tổ dân phố Đồng Tâm 1" before
 * "Phường Đồng Tâm", whose code happens to contain a 1).
 */
const MATCH_RANK = `CASE WHEN lower(u.code) = ? THEN 0 WHEN u.name_search = ? THEN 1
  WHEN u.name_search LIKE ? ESCAPE '\\' OR lower(u.code) LIKE ? ESCAPE '\\' THEN 2
  WHEN u.name_search LIKE ? ESCAPE '\\' THEN 3 ELSE 4 END`;

function matchRankParams(text: string): string[] {
  const folded = foldForSearch(text);
  const like = folded.replace(/[\\%_]/g, (c) => `\\${c}`);
  return [folded, folded, `${like}%`, `${like}%`, `%${like}%`];
}

/** Units whose name or code matches every word of `text` (diacritics ignored), best match first (MATCH_RANK). */
export function searchUnits(db: ReadDb, text: string, scope: UnitScope, limit: number): Unit[] {
  const where = scopeWhere(scope);
  where.search(text, ["u.name_search LIKE ? ESCAPE '\\'", "u.code LIKE ? ESCAPE '\\'"]);
  const sql = `SELECT ${COLS} FROM units u ${where.toSql()} ORDER BY ${MATCH_RANK}, ${KIND_RANK}, u.name_sort, u.id LIMIT ?`;
  return db.all<UnitRow>(sql, [...where.params, ...matchRankParams(text), limit]).map(toUnit);
}

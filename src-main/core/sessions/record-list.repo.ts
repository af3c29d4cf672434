import type { ListQuery } from '../api/list-query';
import type { ReadDb, SqlValue } from '../db/types';
import { UNIT_SUBTREE_SQL } from '../units';

/** SQL pieces every record list (sessions, outcomes, registrations) pages, sorts and filters with. */

/** One page query: conditions reference only the main table (alias) so the count needs no join. */
export interface PageSql {
  select: string;
  /** The main table with its alias, e.g. 'propaganda_sessions s'. */
  table: string;
  joins: string;
  /** Replaces `table joins` in the page query when the join order matters (see unitOrderedFrom). */
  from?: string;
  where: string[];
  params: SqlValue[];
  orderBy: string;
  limit: number;
  offset: number;
}

/** Runs the count and the page. */
export function queryPage<R extends object>(db: ReadDb, q: PageSql): { total: number; rows: R[] } {
  const where = q.where.length > 0 ? `WHERE ${q.where.join(' AND ')}` : '';
  const total = db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${q.table} ${where}`, q.params)?.n ?? 0;
  if (total === 0 || q.offset >= total) return { total, rows: [] };
  const rows = db.all<R>(`SELECT ${q.select} FROM ${q.from ?? `${q.table} ${q.joins}`} ${where} ORDER BY ${q.orderBy} LIMIT ? OFFSET ?`, [
    ...q.params,
    q.limit,
    q.offset,
  ]);
  return { total, rows };
}

/**
 * ORDER BY from checked sort entries. `columns` maps an API column to its SQL expressions (a `*_sort`
 * column for text, so an index gives Vietnamese order), all taking the entry's direction; `tiebreak`
 * (the table's seq) makes paging stable and takes the last entry's direction so SQLite can walk a
 * (key, seq) index backwards.
 */
export function orderByClause(sort: ListQuery['sort'], columns: Readonly<Record<string, readonly string[]>>, tiebreak: string): string {
  const parts = sort.flatMap((s) => (columns[s.column] ?? []).map((expr) => `${expr} ${s.dir === 'desc' ? 'DESC' : 'ASC'}`));
  const lastDir = sort.length > 0 && sort[sort.length - 1]?.dir === 'desc' ? 'DESC' : 'ASC';
  return [...parts, `${tiebreak} ${lastDir}`].join(', ');
}

/** `column` is the unit or one of its descendants (a district's filter shows its communes' records). */
export function unitSubtreeCondition(column: string): string {
  return `${column} IN (${UNIT_SUBTREE_SQL})`;
}

/** `column` is a unit whose folded name contains the LIKE pattern bound to it. */
export function unitNameCondition(column: string): string {
  return `${column} IN (SELECT id FROM units WHERE name_search LIKE ? ESCAPE '\\')`;
}

/**
 * The FROM of a page sorted first by unit name: units walked in `name_sort` order as the outer loop
 * (CROSS JOIN fixes the order in SQLite) and each unit's records through the (unit_id, …) index, so a
 * first page reads a few units instead of sorting every record. Sort expressions must then be
 * `u.name_sort, u.rowid, <the record's second key in that index>`.
 */
export function unitOrderedFrom(table: string, alias: string, otherJoins: string): string {
  return `units u CROSS JOIN ${table} ${alias} ON ${alias}.unit_id = u.id ${otherJoins}`;
}

/** Ids of units whose folded name matches the LIKE pattern, at most `limit` (the caller falls back to a subquery beyond). */
export function unitIdsMatching(db: ReadDb, pattern: string, limit: number): string[] {
  return db.all<{ id: string }>("SELECT id FROM units WHERE name_search LIKE ? ESCAPE '\\' LIMIT ?", [pattern, limit]).map((r) => r.id);
}

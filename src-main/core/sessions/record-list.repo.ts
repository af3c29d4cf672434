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
  const rows = db.all<R>(`SELECT ${q.select} FROM ${q.table} ${q.joins} ${where} ORDER BY ${q.orderBy} LIMIT ? OFFSET ?`, [
    ...q.params,
    q.limit,
    q.offset,
  ]);
  return { total, rows };
}

/**
 * ORDER BY from checked sort entries. `columns` maps an API column to its SQL expression (a `*_sort`
 * column for text, so an index gives Vietnamese order); `tiebreak` (the table's seq) makes paging
 * stable and takes the last entry's direction so SQLite can walk a (key, seq) index backwards.
 */
export function orderByClause(sort: ListQuery['sort'], columns: Readonly<Record<string, string>>, tiebreak: string): string {
  const parts = sort.map((s) => `${columns[s.column]} ${s.dir === 'desc' ? 'DESC' : 'ASC'}`);
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

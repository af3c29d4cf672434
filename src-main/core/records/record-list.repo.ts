import type { ListQuery } from '../../contract/list-query';
import type { ReadDb, SqlValue } from '../db/types';
import { UNIT_SUBTREE_SQL } from '../units';

/** SQL pieces every record list (sessions, outcomes, registrations) pages, sorts and filters with. */

/** One page query. Conditions reference only the record table (and subqueries), never the joins. */
export interface PageSql {
  select: string;
  /** The record table, e.g. 'propaganda_sessions'; it has `seq INTEGER PRIMARY KEY` and `unit_id`. */
  table: string;
  /** Its alias in `where`, `orderBy` and `select`, e.g. 's'. The unit is always joined as `u`. */
  alias: string;
  /** Joins for the names in `select`, besides the unit's. */
  nameJoins: string;
  where: string[];
  params: SqlValue[];
  sort: ListQuery['sort'];
  /** Column → SQL sort expressions; `unitName` must map to ['u.name_sort', 'u.rowid', <next key of the (unit_id, …) index>]. */
  sortSql: Readonly<Record<string, readonly string[]>>;
  limit: number;
  offset: number;
  /** A cheaper way to count the same rows, when the caller knows one (e.g. straight from the FTS index). */
  count?: { sql: string; params: SqlValue[] };
  /**
   * `where` with its seq-list conditions made non-indexable (`+s.seq IN …`), for when many rows match:
   * walking the sort index and probing the list then finds a page sooner than sorting every match.
   */
  denseWhere?: string[];
  /** From this many matching rows on, the page query uses `denseWhere` (default 20,000). */
  denseFrom?: number;
}

/**
 * Counts, then pages in two steps: the inner query walks only the sort index to pick the page's seqs
 * (OFFSET skips index entries, not joined rows: 500,000 joined rows skipped cost seconds), and the outer
 * query joins the names for those rows alone.
 */
export function queryPage<R extends object>(db: ReadDb, q: PageSql): { total: number; rows: R[] } {
  const a = q.alias;
  const where = q.where.length > 0 ? `WHERE ${q.where.join(' AND ')}` : '';
  const count = q.count ?? { sql: `SELECT COUNT(*) AS n FROM ${q.table} ${a} ${where}`, params: q.params };
  const total = db.get<{ n: number }>(count.sql, count.params)?.n ?? 0;
  if (total === 0 || q.offset >= total) return { total, rows: [] };
  const orderBy = orderByClause(q.sort, q.sortSql, `${a}.seq`);
  const dense = q.denseWhere !== undefined && q.denseWhere.length > 0 && total >= (q.denseFrom ?? 20_000);
  const pageWhere = dense ? `WHERE ${q.denseWhere?.join(' AND ')}` : where;
  const inner = `SELECT ${a}.seq AS seq FROM ${orderedFrom(q)} ${pageWhere} ORDER BY ${orderBy} LIMIT ? OFFSET ?`;
  const rows = db.all<R>(
    `SELECT ${q.select} FROM (${inner}) page JOIN ${q.table} ${a} ON ${a}.seq = page.seq JOIN units u ON u.id = ${a}.unit_id ${q.nameJoins}
     ORDER BY ${orderBy}`,
    [...q.params, q.limit, q.offset],
  );
  return { total, rows };
}

/**
 * The inner query's FROM. Sorted first by unit name, units are walked in `name_sort` order as the outer
 * loop (CROSS JOIN fixes the order in SQLite) and each unit's records come through the (unit_id, …)
 * index, so a first page reads a few units instead of sorting every record.
 */
function orderedFrom(q: PageSql): string {
  const a = q.alias;
  if (q.sort[0]?.column === 'unitName') return `units u CROSS JOIN ${q.table} ${a} ON ${a}.unit_id = u.id`;
  if (q.sort.some((s) => s.column === 'unitName')) return `${q.table} ${a} JOIN units u ON u.id = ${a}.unit_id`;
  return `${q.table} ${a}`;
}

/**
 * ORDER BY from checked sort entries; every expression of an entry takes its direction. `tiebreak`
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

import type { ListQuery } from '../../contract/list-query';
import type { AnyKind } from '../../contract/records/define-kind';
import type { FilterDef } from '../../contract/records/kind-types';
import type { ReadDb, SqlValue } from '../db/types';
import { foldForSearch, searchPatterns } from '../text/fold';
import { ftsColumnQuery, ftsPrefixPhrase } from './record-list';
import { queryPage, unitNameCondition, unitSubtreeCondition, type PageSql } from './record-list.repo';
import { fromRow, selectSql, unitColumn } from './kind.repo';
import { originCondition, ownOriginFilter } from './record-origin.repo';

/**
 * One page of any record kind, filtered, sorted and searched in SQL, from its declaration. The SQL
 * shapes are the ones measured on a million rows (bench/suites/records-list.ts): the page is picked by
 * walking a sort index (record-list.repo.ts), and an FTS kind intersects the search and its text
 * filters inside the index once per call.
 */

interface Condition {
  sql: string;
  params: SqlValue[];
  /** The same test written so SQLite will not pick an index for it (see PageSql.denseWhere). */
  dense?: string;
}

type PageBase = Omit<PageSql, 'where' | 'params'>;
type Filters = Readonly<Record<string, unknown>>;

/** Records whose seq is in a JSON array bound to it: the FTS hits, fetched once per list call. */
const inHits = (a: string) => `${a}.seq IN (SELECT value FROM json_each(?))`;

/** From this many FTS hits on, another filter's index is the better driver. */
const MANY_HITS = 20_000;

/** ListQuery sort column → SQL sort expressions; text sorts on its Vietnamese key. */
export function sortSql(kind: AnyKind): Record<string, readonly string[]> {
  const a = kind.alias;
  const out: Record<string, readonly string[]> = {};
  for (const [key, f] of Object.entries(kind.fields)) {
    if (f.sort === 'value') out[key] = [`${a}.${f.column}`];
    if (f.sort === 'key') out[key] = [`${a}.${f.column}_sort`];
    if (f.sort === 'vi') out[key] = [`vi_sort(${a}.${f.column})`];
  }
  // The unit's name, then the next key of the (unit_id, …) index: see record-list.repo.ts's orderedFrom.
  out.unitName = ['u.name_sort', 'u.rowid', `${a}.${kind.fields[kind.unit.sortThen]?.column ?? 'seq'}`];
  for (const [key, d] of Object.entries(kind.derived ?? {})) if (d.sort) out[key] = d.sort;
  out.updatedAt = [`${a}.updated_at`];
  return out;
}

/** One page of a kind's records; `filters` passed the kind's filter schema, `query.sort` its whitelist. */
export function listRecords(db: ReadDb, kind: AnyKind, query: ListQuery, asked: Filters) {
  const filters = ownOriginFilter(db, asked);
  const sort = query.sort.length > 0 ? query.sort : kind.defaultSort;
  const conditions = Object.entries(kind.filters).flatMap(([name, def]) => filterCondition(kind, def, filters[name], sort));
  const page: PageBase = {
    select: selectSql(kind),
    table: kind.table,
    alias: kind.alias,
    nameJoins: kind.joins ?? '',
    sort,
    sortSql: sortSql(kind),
    limit: query.limit,
    offset: query.offset,
  };
  const result =
    kind.search.index === 'fts'
      ? ftsPage(db, kind, page, conditions, filters, query.search)
      : likePage(db, kind, page, conditions, query.search);
  return { total: result.total, rows: result.rows.map((row) => fromRow(kind, row)) };
}

/** One filter as SQL; text filters of an FTS kind go into the FTS query instead (see ftsMatch). */
function filterCondition(kind: AnyKind, def: FilterDef, value: unknown, sort: ListQuery['sort']): Condition[] {
  if (value === undefined || value === '') return [];
  const a = kind.alias;
  const v = value as SqlValue;
  if (def.op === 'subtree') return [{ sql: unitSubtreeCondition(unitColumn(kind)), params: [v] }];
  if (def.op === 'unitKind') return [{ sql: `${unitColumn(kind)} IN (SELECT id FROM units WHERE kind = ?)`, params: [v] }];
  if (def.op === 'origin') return [originCondition(a, String(value))];
  if (def.op === 'flag') {
    const sql = kind.derived?.[def.derived]?.sql ?? '0';
    return [{ sql: value === 'true' ? sql : `NOT ${sql}`, params: [] }];
  }
  if (!('field' in def)) return [];
  const fieldKey = def.field;
  const field = kind.fields[fieldKey];
  if (field === undefined) return [];
  const col = `${a}.${field.column}`;
  if (def.op === 'text') {
    if (kind.search.index === 'fts') return [];
    const like = `${a}.${kind.search.column} LIKE ? ESCAPE '\\'`;
    return searchPatterns(String(value)).map((p) => ({ sql: `(${like})`, params: [p] }));
  }
  if (def.op === 'eq') return [{ sql: `${col} = ?`, params: [v] }];
  // A range of the sort column walks its index; on another sort, many matches are better probed (dense).
  const range = (sql: string, params: SqlValue[]): Condition[] => [
    { sql, params, dense: sort[0]?.column !== fieldKey ? `+${sql}` : undefined },
  ];
  if (def.op === 'from') return range(`${col} >= ?`, [v]);
  if (def.op === 'to') return range(`${col} <= ?`, [v]);
  if (field.cell === 'year') return [{ sql: `${col} = ?`, params: [v] }];
  if (field.cell === 'month') return range(`${col} BETWEEN ? AND ?`, [`${v}-01`, `${v}-12`]);
  return range(`${col} BETWEEN ? AND ?`, [`${v}-01-01`, `${v}-12-31`]);
}

/** LIKE over the stored folded text: every word of the search box in it or in the unit's name. */
function likePage(db: ReadDb, kind: AnyKind, page: PageBase, conditions: Condition[], search: string) {
  if (kind.search.index !== 'like') throw new Error(`${kind.name} is not searched with LIKE`);
  const like = `${kind.alias}.${kind.search.column} LIKE ? ESCAPE '\\'`;
  const all = [
    ...conditions,
    ...searchPatterns(search).map((p) => ({ sql: `(${like} OR ${unitNameCondition(unitColumn(kind))})`, params: [p, p] })),
  ];
  return queryPage<Record<string, unknown>>(db, { ...page, where: all.map((c) => c.sql), params: all.flatMap((c) => c.params) });
}

/** The FTS index answers the search box and the text filters once; the page then probes its hits. */
function ftsPage(db: ReadDb, kind: AnyKind, page: PageBase, filtered: Condition[], filters: Filters, search: string) {
  if (kind.search.index !== 'fts') throw new Error(`${kind.name} is not searched with FTS`);
  const conditions = [...filtered];
  const rowCount = kind.search.rowCount;
  let count: PageSql['count'] =
    conditions.length === 0 && rowCount ? { sql: `SELECT n FROM ${rowCount} WHERE id = 1`, params: [] } : undefined;
  const match = ftsMatch(kind, filters, search);
  if (match !== null) {
    const hits = ftsHits(db, kind.search.table, match);
    // Many hits beside another filter: let that filter's index drive and probe the hits, rather than
    // fetching every hit's row to test the filter.
    const hitsDrive = conditions.length === 0 || hits.n < MANY_HITS;
    const sql = inHits(kind.alias);
    conditions.push(
      hits.n === 0 ? { sql: '0', params: [] } : { sql: hitsDrive ? sql : `+${sql}`, params: [`[${hits.ids}]`], dense: `+${sql}` },
    );
    // Every FTS row is a record, so a search alone is counted by the FTS query itself.
    count = conditions.length === 1 ? { sql: 'SELECT ? AS n', params: [hits.n] } : undefined;
  }
  return queryPage<Record<string, unknown>>(db, {
    ...page,
    where: conditions.map((c) => c.sql),
    params: conditions.flatMap((c) => c.params),
    count,
    denseWhere: conditions.map((c) => c.dense ?? c.sql),
  });
}

/**
 * Runs the FTS query once and returns its hits as one comma-separated string (group_concat: one row
 * to read, not thousands); the count and the page then both use that list instead of querying the
 * index twice.
 */
function ftsHits(db: ReadDb, table: string, match: string): { n: number; ids: string } {
  const r = db.get<{ n: number; ids: string | null }>(
    `SELECT COUNT(*) AS n, group_concat(docid) AS ids FROM ${table} WHERE ${table} MATCH ?`,
    [match],
  );
  return { n: r?.n ?? 0, ids: r?.ids ?? '' };
}

/**
 * The text filters (each token a prefix in that column) and the search box (every word a prefix in any
 * column, the unit's name included) as one FTS query, intersected inside the index; null when empty.
 */
function ftsMatch(kind: AnyKind, filters: Filters, search: string): string | null {
  const parts: string[] = [];
  for (const [name, def] of Object.entries(kind.filters)) {
    const text = filters[name];
    const column = def.op === 'text' ? kind.fields[def.field]?.column : undefined;
    const q = column && typeof text === 'string' && text ? ftsColumnQuery(column, foldForSearch(text)) : null;
    if (q) parts.push(q);
  }
  for (const word of foldForSearch(search).split(' ')) {
    const phrase = ftsPrefixPhrase(word);
    if (phrase) parts.push(phrase);
  }
  return parts.length === 0 ? null : parts.join(' ');
}

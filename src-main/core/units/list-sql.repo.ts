import { AppError } from '../api/errors';
import type { ListQuery } from '../../contract/list-query';
import type { SqlValue } from '../db/types';
import type { Where } from '../db/where';
import { foldForSearch } from '../text/fold';
import { sortKey } from '../text/sort-key';

/**
 * Building blocks for list queries (grids): an ORDER BY from a whitelist and per-column filters over
 * folded shadow columns, added to a `Where` (db/where.ts). Column names reach
 * SQL only from the whitelists below, never from the caller.
 */
/** A sortable column: its SQL expression (indexed where the list must stay fast). */
export type SortColumns = Readonly<Record<string, string>>;

/** ORDER BY from the query's sort list, refusing columns not in the whitelist; `tiebreak` keeps paging stable. */
export function orderBy(sort: ListQuery['sort'], columns: SortColumns, fallback: string, tiebreak: string): string {
  const parts = sort.map((s) => {
    const expr = Object.hasOwn(columns, s.column) ? columns[s.column] : undefined;
    if (!expr)
      throw new AppError('VALIDATION', `Không sắp xếp được theo cột "${s.column}".`, [
        { path: ['sort'], message: `Không sắp xếp được theo cột "${s.column}".` },
      ]);
    return `${expr} ${s.dir === 'desc' ? 'DESC' : 'ASC'}`;
  });
  if (parts.length === 0) parts.push(fallback);
  // The tiebreak runs the same way as the last key, so an index ending in it serves the whole order.
  const lastDir = sort.length > 0 && sort[sort.length - 1]!.dir === 'desc' ? 'DESC' : 'ASC';
  return `ORDER BY ${parts.join(', ')}, ${tiebreak} ${lastDir}`;
}

/** How a filterable column matches its per-column filter text. */
export type FilterColumn =
  | { kind: 'folded'; expr: string }
  | { kind: 'exact'; expr: string }
  /** Starts with the text, as an index range: '2017' on an ISO date column is that year. */
  | { kind: 'prefix'; expr: string }
  /** A condition of its own (e.g. an FTS match); null adds nothing. */
  | { kind: 'custom'; build(value: string): { sql: string; params: SqlValue[] } | null };

/** Adds the query's per-column filters, refusing keys not in the whitelist. */
export function addFilters(where: Where, filters: ListQuery['filters'], columns: Readonly<Record<string, FilterColumn>>): void {
  for (const [key, value] of Object.entries(filters)) {
    const col = Object.hasOwn(columns, key) ? columns[key] : undefined;
    if (!col)
      throw new AppError('VALIDATION', `Không lọc được theo cột "${key}".`, [
        { path: ['filters', key], message: `Không lọc được theo cột "${key}".` },
      ]);
    if (value.trim() === '') continue;
    if (col.kind === 'folded') where.search(value, [`${col.expr} LIKE ? ESCAPE '\\'`]);
    else if (col.kind === 'exact') where.add(`${col.expr} = ?`, value.trim());
    // U+FFFF sorts after every character a stored value holds, so [p, p + U+FFFF) is "starts with p".
    else if (col.kind === 'prefix') where.add(`${col.expr} >= ? AND ${col.expr} < ?`, value.trim(), `${value.trim()}\uffff`);
    else {
      const built = col.build(value);
      if (built) where.add(built.sql, ...built.params);
    }
  }
}

/** Folded and sort-key forms of a text, as stored in `*_search` / `*_sort` shadow columns. */
export function shadowText(text: string | null): { search: string; sort: string } {
  return { search: text === null ? '' : foldForSearch(text), sort: text === null ? '' : sortKey(text) };
}

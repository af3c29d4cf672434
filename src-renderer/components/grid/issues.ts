import type { GridColumn, GridError } from './types';

/** An API error spread over a row: a reason per cell, and what belongs to no cell. */
export interface RowIssues {
  cells: Record<string, string>;
  row: string | null;
}

/**
 * Maps the core's field issues to the grid's cells. A path names the field wherever it sits in the
 * input (['name'], ['patch', 'name'], ['rows', 3, 'unitId']), so the first segment that is a column's
 * key (or its label key) wins; issues on no column become the row's message.
 */
export function issuesToCells(error: GridError, columns: readonly GridColumn[]): RowIssues {
  const byKey = new Map<string, string>();
  for (const c of columns) {
    byKey.set(c.key, c.key);
    if (c.labelKey) byKey.set(c.labelKey, c.key);
  }
  const cells: Record<string, string> = {};
  const loose: string[] = [];
  for (const issue of error.issues ?? []) {
    const hit = issue.path.find((p): p is string => typeof p === 'string' && byKey.has(p));
    const key = hit === undefined ? undefined : byKey.get(hit);
    if (key === undefined) loose.push(issue.message);
    else if (!(key in cells)) cells[key] = issue.message;
  }
  const hasCells = Object.keys(cells).length > 0;
  const row = loose.length > 0 ? loose.join(' ') : hasCells ? null : error.message;
  return { cells, row };
}

/** "Thiếu: Tên, Đơn vị" for the new-row line: the columns whose cells are empty and have an issue. */
export function missingSummary(issues: RowIssues, columns: readonly GridColumn[], isEmpty: (key: string) => boolean): string | null {
  const missing = columns.filter((c) => c.key in issues.cells && isEmpty(c.key)).map((c) => c.label);
  return missing.length > 0 ? `Thiếu: ${missing.join(', ')}` : null;
}

import type { Report } from './reportsStore';

/** The indicator table's figure columns (indicator-table.ts): this period, a year earlier, the change. */
const CURRENT = 3;
const PREVIOUS = 4;
const CHANGE = 5;

/**
 * The indicator table's columns that read "chưa có số liệu" instead of zeros: a period (or a unit) with
 * no figure at all, and the change when either side has none (a change from nothing is not a change).
 */
export function noDataColumns(report: Pick<Report, 'hasData' | 'previousHasData'>): number[] {
  const out: number[] = [];
  if (!report.hasData) out.push(CURRENT);
  if (!report.previousHasData) out.push(PREVIOUS);
  if (!report.hasData || !report.previousHasData) out.push(CHANGE);
  return out;
}

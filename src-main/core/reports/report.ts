import type { Indicator } from '../../contract/reports/report';

// The report's shapes live in the contract; the core's modules keep importing them from here.
export { ColumnKind, ReportColumn, ReportRow, ReportTable, Indicator, ReportScope, Report } from '../../contract/reports/report';

/** Value, the year-earlier value and the change, as every indicator carries them. */
export function compare(key: string, group: string, label: string, unit: string, value: number, previous: number): Indicator {
  return { key, group, label, unit, value, previous, change: value - previous };
}

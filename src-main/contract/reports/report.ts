import { z } from 'zod';
import { ResolvedPeriod } from '../../shared/period.schema';

/**
 * The report as plain data (báo cáo thống kê): what the exporters render and tests assert on.
 * Nothing here knows about Excel or PDF.
 */

/** How a column's cells are shown and whether subtotals sum them. */
export const ColumnKind = z.enum(['text', 'number']);

/**
 * One column of an official statistical table. `code` is the column-code row under the header
 * (A, B for text columns, 1, 2, … for figures); `group` is the merged first header row.
 */
export const ReportColumn = z.object({
  code: z.string(),
  header: z.string(),
  group: z.string().nullable(),
  kind: ColumnKind,
  /** 'difference': the cell is the column two to the left minus the one to the left (written as a formula). */
  formula: z.enum(['difference']).optional(),
});
export type ReportColumn = z.output<typeof ReportColumn>;

/**
 * A table row. `unit` rows hold figures; `subtotal` rows (cộng) sum the unit rows listed in `sumOf`
 * (indexes into `rows`); the `total` row (tổng cộng) sums `sumOf` as well, so an exporter can write
 * each as a formula over exactly those rows.
 */
export const ReportRow = z.object({
  kind: z.enum(['unit', 'subtotal', 'total', 'item']),
  level: z.number().int().min(0),
  cells: z.array(z.union([z.string(), z.number(), z.null()])),
  sumOf: z.array(z.number().int()).optional(),
});
export type ReportRow = z.output<typeof ReportRow>;

export const ReportTable = z.object({
  title: z.string(),
  columns: z.array(ReportColumn),
  rows: z.array(ReportRow),
});
export type ReportTable = z.output<typeof ReportTable>;

/** One indicator (chỉ tiêu) with the same period a year earlier beside it. */
export const Indicator = z.object({
  key: z.string(),
  group: z.string(),
  label: z.string(),
  unit: z.string(),
  value: z.number(),
  previous: z.number(),
  change: z.number(),
  /** Rate-style indicators carry "recognised/registered" (e.g. "1.042/1.165"). */
  ratio: z.string().optional(),
});
export type Indicator = z.output<typeof Indicator>;

export const ReportScope = z.object({ unitId: z.string(), name: z.string(), kind: z.string() });
export type ReportScope = z.output<typeof ReportScope>;

/** The office whose records alone a report counts (issue 13): 'own' or a registered office's id, and its name. */
export const ReportOriginView = z.object({ id: z.string(), name: z.string() });

export const Report = z.object({
  period: ResolvedPeriod,
  previous: ResolvedPeriod,
  scope: ReportScope,
  /** Every office's records when null. */
  origin: ReportOriginView.nullable(),
  indicators: z.array(Indicator),
  /** False when the period and scope hold no figure at all: the screen says "chưa có số liệu", not a page of zeros. */
  hasData: z.boolean(),
  /** False when the same period a year earlier holds no figure: no change to compare with ("chưa có số liệu"). */
  previousHasData: z.boolean(),
  /** By unit (rows) × key figures (columns), with subtotals and the total. */
  unitTable: ReportTable,
  /** Every indicator with its year-earlier figure and change. */
  indicatorTable: ReportTable,
  narrative: z.array(z.string()),
});
export type Report = z.output<typeof Report>;

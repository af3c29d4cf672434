import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD.');

/**
 * A reporting period (kỳ báo cáo): a year, the first 6 months, a quarter, or any date range.
 * Offices report at 6 months and at year end, so those are named kinds rather than ranges.
 */
export const PeriodInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('year'), year: z.number().int().min(1990).max(2100) }),
  z.object({ kind: z.literal('half'), year: z.number().int().min(1990).max(2100) }),
  z.object({ kind: z.literal('quarter'), year: z.number().int().min(1990).max(2100), quarter: z.number().int().min(1).max(4) }),
  z.object({ kind: z.literal('range'), from: IsoDate, to: IsoDate }),
]);
export type PeriodInput = z.output<typeof PeriodInput>;

/** A period resolved to inclusive ISO dates, with its Vietnamese label. */
export const ResolvedPeriod = z.object({ from: z.string(), to: z.string(), label: z.string() });
export type ResolvedPeriod = z.output<typeof ResolvedPeriod>;

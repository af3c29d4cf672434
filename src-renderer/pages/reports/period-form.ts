import type { ReportRequest } from './reportsStore';
import { resolvePeriod } from '../../../src-main/shared/period';
import { displayDateToIso, isoToDisplayDate } from '../../lib/format';

export type PeriodKind = 'year' | 'half' | 'quarter' | 'range';

/** What the period fields hold (as typed), before it becomes the API's period. */
export interface PeriodFields {
  kind: PeriodKind;
  year: number;
  quarter: number;
  from: string;
  to: string;
}

/** The API period for the fields, or a Vietnamese message when a typed date is not a real day. */
export function toPeriod(f: PeriodFields): ReportRequest['period'] | string {
  if (f.kind === 'year' || f.kind === 'half') return { kind: f.kind, year: f.year };
  if (f.kind === 'quarter') return { kind: 'quarter', year: f.year, quarter: f.quarter };
  const from = displayDateToIso(f.from);
  const to = displayDateToIso(f.to);
  if (!from || !to) return 'Nhập "từ ngày" và "đến ngày" dạng dd/mm/yyyy.';
  return { kind: 'range', from, to };
}

/** The last day of the period, for listing the units that exist then. */
export function periodEnd(f: PeriodFields): string {
  if (f.kind === 'range') return displayDateToIso(f.to) ?? `${f.year}-12-31`;
  const period = toPeriod(f);
  return (typeof period === 'string' ? null : resolvePeriod(period))?.to ?? `${f.year}-12-31`;
}

/** The fields that show a period (a kept header draft's report, built again). */
export function fieldsOfPeriod(p: ReportRequest['period']): Partial<PeriodFields> {
  if (p.kind === 'range') return { kind: 'range', from: isoToDisplayDate(p.from), to: isoToDisplayDate(p.to) };
  return p.kind === 'quarter' ? { kind: 'quarter', year: p.year, quarter: p.quarter } : { kind: p.kind, year: p.year };
}

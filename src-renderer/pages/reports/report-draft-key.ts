import type { PeriodInput } from '../../../src-main/shared/period.schema';

/** The report a header draft belongs to: its period and scope (the province when `unitId` is absent). */
export interface ReportDraftTarget {
  period: PeriodInput;
  unitId?: string;
}

/** Kept header drafts are listed under this page (counted under "Báo cáo" in the navigation). */
export const REPORT_HEADER_DRAFTS = 'form-reports';

function periodKey(p: PeriodInput): string {
  if (p.kind === 'quarter') return `quarter-${p.year}-${p.quarter}`;
  if (p.kind === 'range') return `range-${p.from}-${p.to}`;
  return `${p.kind}-${p.year}`;
}

/**
 * The draft key of a report's header: one draft per period and scope, readable back (reportOfDraftKey)
 * so the page's list of drafts can build that report again. At most 64 characters (a range and a UUID).
 */
export function reportDraftKey(t: ReportDraftTarget): string {
  return t.unitId ? `${periodKey(t.period)}.${t.unitId}` : periodKey(t.period);
}

const PATTERNS: [RegExp, (m: string[]) => PeriodInput][] = [
  [/^(year|half)-(\d{4})$/, (m) => ({ kind: m[1] === 'half' ? 'half' : 'year', year: Number(m[2]) })],
  [/^quarter-(\d{4})-([1-4])$/, (m) => ({ kind: 'quarter', year: Number(m[1]), quarter: Number(m[2]) })],
  [/^range-(\d{4}-\d{2}-\d{2})-(\d{4}-\d{2}-\d{2})$/, (m) => ({ kind: 'range', from: m[1] ?? '', to: m[2] ?? '' })],
];

/** The report a header draft key names, or null for a key this page did not make. */
export function reportOfDraftKey(key: string): ReportDraftTarget | null {
  const [period = '', unitId] = key.split('.');
  for (const [pattern, make] of PATTERNS) {
    const m = pattern.exec(period);
    if (m) return unitId ? { period: make([...m]), unitId } : { period: make([...m]) };
  }
  return null;
}

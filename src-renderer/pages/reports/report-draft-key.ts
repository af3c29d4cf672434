import type { PeriodInput } from '../../../src-main/shared/period.schema';

/**
 * The report a header draft belongs to: its period, scope (the province when `unitId` is absent) and
 * origin filter (one office's records, or 'own'; every office's when absent).
 */
export interface ReportDraftTarget {
  period: PeriodInput;
  unitId?: string;
  origin?: string;
}

/** Kept header drafts are listed under this page (counted under "Báo cáo" in the navigation). */
export const REPORT_HEADER_DRAFTS = 'form-reports';

function periodKey(p: PeriodInput): string {
  if (p.kind === 'quarter') return `quarter-${p.year}-${p.quarter}`;
  if (p.kind === 'range') return `range-${p.from}-${p.to}`;
  return `${p.kind}-${p.year}`;
}

/** Marks the origin part of a key: an office id may itself hold dots, so it comes last, after this. */
const ORIGIN = '.origin-';

/**
 * The draft key of a report's header: one draft per period, scope and origin filter, readable back
 * (reportOfDraftKey) so the page's list of drafts can build that report again. `<period>[.<unit id>]`
 * as before origins came (kept drafts still read), then `.origin-<office id or own>`: at most 136
 * characters (a range, a UUID and a 64-character office id).
 */
export function reportDraftKey(t: ReportDraftTarget): string {
  const scoped = t.unitId ? `${periodKey(t.period)}.${t.unitId}` : periodKey(t.period);
  return t.origin ? `${scoped}${ORIGIN}${t.origin}` : scoped;
}

const PATTERNS: [RegExp, (m: string[]) => PeriodInput][] = [
  [/^(year|half)-(\d{4})$/, (m) => ({ kind: m[1] === 'half' ? 'half' : 'year', year: Number(m[2]) })],
  [/^quarter-(\d{4})-([1-4])$/, (m) => ({ kind: 'quarter', year: Number(m[1]), quarter: Number(m[2]) })],
  [/^range-(\d{4}-\d{2}-\d{2})-(\d{4}-\d{2}-\d{2})$/, (m) => ({ kind: 'range', from: m[1] ?? '', to: m[2] ?? '' })],
];

/** The report a header draft key names, or null for a key this page did not make. */
export function reportOfDraftKey(key: string): ReportDraftTarget | null {
  const at = key.indexOf(ORIGIN);
  const origin = at < 0 ? '' : key.slice(at + ORIGIN.length);
  const [period = '', unitId, extra] = (at < 0 ? key : key.slice(0, at)).split('.');
  if (extra !== undefined || (at >= 0 && !origin)) return null;
  for (const [pattern, make] of PATTERNS) {
    const m = pattern.exec(period);
    if (m) return { period: make([...m]), ...(unitId ? { unitId } : {}), ...(origin ? { origin } : {}) };
  }
  return null;
}

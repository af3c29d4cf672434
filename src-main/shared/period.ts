import { daysInMonth, isRealIsoDate, pad2 } from './iso-date';
import type { PeriodInput, ResolvedPeriod } from './period.schema';
import { formatVnDate } from './vn-date';

// The schemas live in period.schema.ts, so that the renderer can resolve a period without bundling zod.
const pad = pad2;
const lastDay = daysInMonth;

/** The inclusive date range and label of a period; null when the range is not a real, ordered range. */
export function resolvePeriod(p: PeriodInput): ResolvedPeriod | null {
  switch (p.kind) {
    case 'year':
      return { from: `${p.year}-01-01`, to: `${p.year}-12-31`, label: `Năm ${p.year}` };
    case 'half':
      return { from: `${p.year}-01-01`, to: `${p.year}-06-30`, label: `6 tháng đầu năm ${p.year}` };
    case 'quarter': {
      const m1 = (p.quarter - 1) * 3 + 1;
      const m3 = m1 + 2;
      const roman = ['I', 'II', 'III', 'IV'][p.quarter - 1];
      return {
        from: `${p.year}-${pad(m1)}-01`,
        to: `${p.year}-${pad(m3)}-${pad(lastDay(p.year, m3))}`,
        label: `Quý ${roman} năm ${p.year}`,
      };
    }
    case 'range':
      if (!isRealIsoDate(p.from) || !isRealIsoDate(p.to) || p.from > p.to) return null;
      // A range that is exactly one calendar year is that year, whichever screen or command asked for it.
      if (p.from.slice(0, 4) === p.to.slice(0, 4) && p.from.endsWith('-01-01') && p.to.endsWith('-12-31')) {
        return resolvePeriod({ kind: 'year', year: Number(p.from.slice(0, 4)) });
      }
      return { from: p.from, to: p.to, label: `Từ ngày ${formatVnDate(p.from)} đến ngày ${formatVnDate(p.to)}` };
  }
}

/** Shifts an ISO date one year back; 29/02 becomes 28/02. */
export function yearEarlier(iso: string): string {
  const y = Number(iso.slice(0, 4)) - 1;
  const m = Number(iso.slice(5, 7));
  const d = Math.min(Number(iso.slice(8, 10)), lastDay(y, m));
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The same period a year earlier (cùng kỳ năm trước), the comparison column of every report. */
export function previousYearPeriod(p: ResolvedPeriod): ResolvedPeriod {
  const from = yearEarlier(p.from);
  const to = yearEarlier(p.to);
  return { from, to, label: `Cùng kỳ năm ${from.slice(0, 4)}` };
}

/** The label inside a sentence or a title ("… an ninh Tổ quốc năm 2017", "… từ ngày 05/03/2017 …"). */
export function periodInSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** The label with its dates, stated once: a range's label already is its dates. */
export function periodWithDates(p: ResolvedPeriod): string {
  if (p.label.startsWith('Từ ngày')) return p.label;
  return `${p.label} (từ ngày ${formatVnDate(p.from)} đến ngày ${formatVnDate(p.to)})`;
}

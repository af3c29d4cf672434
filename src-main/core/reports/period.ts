import type { PeriodInput, ResolvedPeriod } from '../../contract/reports/period';

export { PeriodInput, ResolvedPeriod } from '../../contract/reports/period';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** dd/mm/yyyy, as the UI and official documents write dates. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function isRealDate(iso: string): boolean {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
}

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
      return { from: `${p.year}-${pad(m1)}-01`, to: `${p.year}-${pad(m3)}-${pad(lastDay(p.year, m3))}`, label: `Quý ${roman} năm ${p.year}` };
    }
    case 'range':
      if (!isRealDate(p.from) || !isRealDate(p.to) || p.from > p.to) return null;
      return { from: p.from, to: p.to, label: `Từ ngày ${viDate(p.from)} đến ngày ${viDate(p.to)}` };
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

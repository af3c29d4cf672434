import type { ReadDb } from '../db/types';
import type { DateRange } from './report-figures.repo';

/** Sessions per month ('YYYY-MM') in a range, over the whole database (the dashboard is province-wide). */
export function sessionsPerMonth(db: ReadDb, r: DateRange): { month: string; sessions: number }[] {
  return db.all<{ month: string; sessions: number }>(
    `SELECT substr(held_on, 1, 7) AS month, COUNT(*) AS sessions FROM propaganda_sessions
     WHERE held_on BETWEEN ? AND ? GROUP BY month ORDER BY month`,
    [r.from, r.to],
  );
}

export interface OutcomeYearRow {
  year: string;
  tips: number;
  cases: number;
  arrests: number;
}

/** Tips, cases and arrests per year, for the years from `fromYear` to `toYear`. */
export function outcomesPerYear(db: ReadDb, fromYear: number, toYear: number): OutcomeYearRow[] {
  return db.all<OutcomeYearRow>(
    `SELECT substr(period, 1, 4) AS year, SUM(tips_received) AS tips, SUM(cases_solved) AS cases, SUM(suspects_arrested) AS arrests
     FROM outcomes WHERE period BETWEEN ? AND ? GROUP BY year ORDER BY year`,
    [`${fromYear}-01`, `${toYear}-12`],
  );
}

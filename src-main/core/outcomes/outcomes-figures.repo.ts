import { keysetPage, type BatchKey, type DetailBatch } from '../db/keyset-batch';
import type { ReadDb } from '../db/types';
import { originAnd, withOrigin, type OriginScope } from '../records/record-origin.repo';

/**
 * What reports and the overview read from outcomes (outcomes-figures). Outcomes are kept per month
 * ('YYYY-MM'), so a date range counts every month it touches.
 */
export interface OutcomeSumRow {
  unit_id: string;
  tips: number;
  valuable: number;
  cases: number;
  arrests: number;
  weapons: number;
}

/** Sums per unit over the months the range touches. */
export function outcomeSums(db: ReadDb, r: { from: string; to: string } & OriginScope): OutcomeSumRow[] {
  const o = originAnd('origin_office_id', r);
  return db.all<OutcomeSumRow>(
    `SELECT unit_id, SUM(tips_received) AS tips, SUM(valuable_tips) AS valuable, SUM(cases_solved) AS cases,
       SUM(suspects_arrested) AS arrests, SUM(weapons_handed_in) AS weapons
     FROM outcomes WHERE period BETWEEN ? AND ?${o.sql}
     GROUP BY unit_id`,
    withOrigin([r.from.slice(0, 7), r.to.slice(0, 7)], o),
  );
}

export interface OutcomeYearRow {
  year: string;
  tips: number;
  cases: number;
  arrests: number;
}

/** Tips, cases and arrests per year, for the years from `fromYear` to `toYear`. */
export function outcomesPerYear(db: ReadDb, fromYear: number, toYear: number, scope: OriginScope = {}): OutcomeYearRow[] {
  const o = originAnd('origin_office_id', scope);
  return db.all<OutcomeYearRow>(
    `SELECT substr(period, 1, 4) AS year, SUM(tips_received) AS tips, SUM(cases_solved) AS cases, SUM(suspects_arrested) AS arrests
     FROM outcomes WHERE period BETWEEN ? AND ?${o.sql} GROUP BY year ORDER BY year`,
    withOrigin([`${fromYear}-01`, `${toYear}-12`], o),
  );
}

/** One unit's month of the detail sheet (kết quả theo tháng). */
export interface OutcomeDetail {
  ka: string;
  kb: number;
  unit_id: string;
  period: string;
  tips: number;
  valuable: number;
  cases: number;
  arrests: number;
  weapons: number;
}

/** Outcome months the range touches, by month then entry order. */
export function outcomeDetails(
  db: ReadDb,
  r: { from: string; to: string } & OriginScope,
  after: BatchKey | null,
  limit: number,
): DetailBatch<OutcomeDetail> {
  const k = after ?? { a: '', b: -1 };
  const o = originAnd('o.origin_office_id', r);
  return keysetPage(
    db.all<OutcomeDetail>(
      `SELECT o.period AS ka, o.seq AS kb, o.unit_id, o.period, o.tips_received AS tips, o.valuable_tips AS valuable,
         o.cases_solved AS cases, o.suspects_arrested AS arrests, o.weapons_handed_in AS weapons
       FROM outcomes o
       WHERE o.period BETWEEN ? AND ?${o.sql} AND (o.period, o.seq) > (?, ?)
       ORDER BY o.period, o.seq LIMIT ?`,
      [...withOrigin([r.from.slice(0, 7), r.to.slice(0, 7)], o), k.a, k.b, limit],
    ),
    limit,
  );
}

import type { ReadDb } from '../db/types';

/**
 * The latest year that holds any recorded activity: a session, an outcome, a registration or a
 * commendation decision. Screens open on it, not on the calendar year, so an office entering past
 * years sees its figures at once. Null when nothing has been recorded yet. It reads the tables of four
 * domains, so it lives here with the other cross-kind reads (id-in-use.repo.ts), not under reports/.
 */
export function latestYearWithData(db: ReadDb): number | null {
  const row = db.get<{ year: string | number | null }>(
    `SELECT MAX(y) AS year FROM (
       SELECT CAST(substr(MAX(held_on), 1, 4) AS INTEGER) AS y FROM propaganda_sessions
       UNION ALL SELECT CAST(substr(MAX(period), 1, 4) AS INTEGER) FROM outcomes
       UNION ALL SELECT MAX(year) FROM safety_registrations
       UNION ALL SELECT MAX(year) FROM commendation_decisions
     )`,
  );
  return row?.year == null ? null : Number(row.year);
}

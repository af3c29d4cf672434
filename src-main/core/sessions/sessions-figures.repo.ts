import { keysetPage, type BatchKey, type DetailBatch } from '../db/keyset-batch';
import type { ReadDb } from '../db/types';
import { originAnd, withOrigin, type OriginScope } from '../records/record-origin.repo';

/**
 * What reports and the overview read from propaganda sessions (sessions-figures): grouped counts
 * aggregated in SQLite and the detail list in keyset batches. Ranges are inclusive ISO dates.
 */
export interface SessionCountRow {
  unit_id: string;
  form_id: string;
  venue_kind_id: string;
  sessions: number;
  attendees: number;
  households: number;
}

/**
 * Sessions grouped by unit, form and venue kind. The index in GROUP BY order lets SQLite count without
 * sorting: over ten years of 500,000 sessions that is 0.15 s instead of 0.9 s through the date index,
 * and about the same for one year.
 */
export function sessionCounts(db: ReadDb, r: { from: string; to: string } & OriginScope): SessionCountRow[] {
  const o = originAnd('origin_office_id', r);
  return db.all<SessionCountRow>(
    `SELECT unit_id, form_id, venue_kind_id, COUNT(*) AS sessions, SUM(attendees) AS attendees,
       SUM(households_committed) AS households
     FROM propaganda_sessions INDEXED BY reports_sessions_by_group WHERE held_on BETWEEN ? AND ?${o.sql}
     GROUP BY unit_id, form_id, venue_kind_id`,
    withOrigin([r.from, r.to], o),
  );
}

/** Sessions per month ('YYYY-MM') in a range, over the whole database (the overview is province-wide). */
export function sessionsPerMonth(db: ReadDb, r: { from: string; to: string } & OriginScope): { month: string; sessions: number }[] {
  const o = originAnd('origin_office_id', r);
  return db.all<{ month: string; sessions: number }>(
    `SELECT substr(held_on, 1, 7) AS month, COUNT(*) AS sessions FROM propaganda_sessions
     WHERE held_on BETWEEN ? AND ?${o.sql} GROUP BY month ORDER BY month`,
    withOrigin([r.from, r.to], o),
  );
}

/** One session of the detail sheet (danh sách buổi tuyên truyền). */
export interface SessionDetail {
  ka: string;
  kb: number;
  unit_id: string;
  held_on: string;
  venue_kind_id: string;
  form_id: string;
  topic: string;
  presenter: string;
  attendees: number;
  households: number;
}

/** Sessions held in the range, by date then entry order. */
export function sessionDetails(
  db: ReadDb,
  r: { from: string; to: string } & OriginScope,
  after: BatchKey | null,
  limit: number,
): DetailBatch<SessionDetail> {
  const k = after ?? { a: '', b: -1 };
  const o = originAnd('s.origin_office_id', r);
  return keysetPage(
    db.all<SessionDetail>(
      `SELECT s.held_on AS ka, s.seq AS kb, s.unit_id, s.held_on, s.venue_kind_id, s.form_id, s.topic, s.presenter,
         s.attendees, s.households_committed AS households
       FROM propaganda_sessions s
       WHERE s.held_on BETWEEN ? AND ?${o.sql} AND (s.held_on, s.seq) > (?, ?)
       ORDER BY s.held_on, s.seq LIMIT ?`,
      [...withOrigin([r.from, r.to], o), k.a, k.b, limit],
    ),
    limit,
  );
}

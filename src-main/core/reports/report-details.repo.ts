import type { ReadDb } from '../db/types';
import type { DateRange } from './report-figures.repo';

/**
 * Detail rows (bảng kê) read in keyset batches along an index, so a sheet of 100,000 rows is read
 * 5,000 at a time and each batch costs the same however deep into the list it is. Unit and catalogue
 * names are looked up in app code from one read of each (joins per row cost more than they save).
 */
export interface BatchKey {
  a: string;
  b: number | string;
}

export interface DetailBatch<T> {
  rows: (T & { unit_id: string | null })[];
  next: BatchKey | null;
}

function page<T extends { ka: string; kb: number | string; unit_id: string | null }>(rows: T[], limit: number): DetailBatch<T> {
  const last = rows.at(-1);
  return { rows, next: rows.length === limit && last ? { a: last.ka, b: last.kb } : null };
}

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

export function sessionDetails(db: ReadDb, r: DateRange, after: BatchKey | null, limit: number): DetailBatch<SessionDetail> {
  const k = after ?? { a: '', b: -1 };
  return page(
    db.all<SessionDetail>(
      `SELECT s.held_on AS ka, s.seq AS kb, s.unit_id, s.held_on, s.venue_kind_id, s.form_id, s.topic, s.presenter,
         s.attendees, s.households_committed AS households
       FROM propaganda_sessions s
       WHERE s.held_on BETWEEN ? AND ? AND (s.held_on, s.seq) > (?, ?)
       ORDER BY s.held_on, s.seq LIMIT ?`,
      [r.from, r.to, k.a, k.b, limit],
    ),
    limit,
  );
}

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

export function outcomeDetails(db: ReadDb, r: DateRange, after: BatchKey | null, limit: number): DetailBatch<OutcomeDetail> {
  const k = after ?? { a: '', b: -1 };
  return page(
    db.all<OutcomeDetail>(
      `SELECT o.period AS ka, o.seq AS kb, o.unit_id, o.period, o.tips_received AS tips, o.valuable_tips AS valuable,
         o.cases_solved AS cases, o.suspects_arrested AS arrests, o.weapons_handed_in AS weapons
       FROM outcomes o
       WHERE o.period BETWEEN ? AND ? AND (o.period, o.seq) > (?, ?)
       ORDER BY o.period, o.seq LIMIT ?`,
      [r.from.slice(0, 7), r.to.slice(0, 7), k.a, k.b, limit],
    ),
    limit,
  );
}

export interface ModelDetail {
  ka: string;
  kb: string;
  unit_id: string;
  name: string;
  type_id: string;
  founded_on: string;
  status: string;
  sites: number | null;
  teams: number | null;
  members: number | null;
}

/** Models founded by the period's end, with their latest status. */
export function modelDetails(db: ReadDb, r: DateRange, after: BatchKey | null, limit: number): DetailBatch<ModelDetail> {
  const k = after ?? { a: '', b: '' };
  return page(
    db.all<ModelDetail>(
      `SELECT m.founded_on AS ka, m.id AS kb, m.unit_id, m.name, m.type_id, m.founded_on, m.status, m.sites, m.teams, m.members
       FROM security_models m
       WHERE m.founded_on <= ? AND (m.founded_on, m.id) > (?, ?)
       ORDER BY m.founded_on, m.id LIMIT ?`,
      [r.to, k.a, k.b, limit],
    ),
    limit,
  );
}

export interface RegistrationDetail {
  ka: string;
  kb: number;
  unit_id: string;
  year: number;
  registered_on: string;
  assessment: string;
  decision_number: string | null;
  decision_date: string | null;
  recognised_by: string | null;
}

export function registrationDetails(db: ReadDb, r: DateRange, after: BatchKey | null, limit: number): DetailBatch<RegistrationDetail> {
  const k = after ?? { a: '', b: -1 };
  return page(
    db.all<RegistrationDetail>(
      `SELECT '' AS ka, g.seq AS kb, g.unit_id, g.year, g.registered_on, g.assessment, g.decision_number, g.decision_date, g.recognised_by
       FROM safety_registrations g
       WHERE g.year = ? AND g.registered_on <= ? AND g.seq > ?
       ORDER BY g.seq LIMIT ?`,
      [Number(r.to.slice(0, 4)), r.to, k.b, limit],
    ),
    limit,
  );
}

export interface CommendationDetail {
  ka: string;
  kb: string;
  unit_id: string | null;
  number: string;
  symbol: string;
  signed_on: string;
  form: string;
  authority: string;
  kind: string;
  name: string;
  unit_name: string;
}

export function commendationDetails(db: ReadDb, r: DateRange, after: BatchKey | null, limit: number): DetailBatch<CommendationDetail> {
  const k = after ?? { a: '', b: '' };
  return page(
    db.all<CommendationDetail>(
      `SELECT d.signed_on AS ka, rc.id AS kb, rc.unit_id, d.number, d.symbol, d.signed_on, f.name AS form, a.name AS authority, rc.kind, rc.name, rc.unit_name
       FROM commendation_decisions d JOIN commendation_recipients rc ON rc.decision_id = d.id
         JOIN catalogue_entries f ON f.id = d.award_form_id JOIN catalogue_entries a ON a.id = d.authority_id
       WHERE d.signed_on BETWEEN ? AND ? AND (d.signed_on, rc.id) > (?, ?)
       ORDER BY d.signed_on, rc.id LIMIT ?`,
      [r.from, r.to, k.a, k.b, limit],
    ),
    limit,
  );
}

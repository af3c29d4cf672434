import { keysetPage, type BatchKey, type DetailBatch } from '../db/keyset-batch';
import type { ReadDb } from '../db/types';
import { originAnd, withOrigin, type OriginScope } from '../records/record-origin.repo';

/** What reports read from commendations (commendations-figures), by the decision's signing date. */
export interface CommendationCountRow {
  unit_id: string | null;
  award_form_id: string;
  authority_id: string;
  kind: 'collective' | 'individual';
  recipients: number;
}

/**
 * Recipients of decisions signed in the range, by unit, award form, authority and kind; `origin` narrows
 * them to one office's decisions (at the Ministry, a province's, which its yearly package brought).
 */
export function commendationCounts(db: ReadDb, r: { from: string; to: string } & OriginScope): CommendationCountRow[] {
  const o = originAnd('d.origin_office_id', r);
  return db.all<CommendationCountRow>(
    `SELECT rc.unit_id, d.award_form_id, d.authority_id, rc.kind, COUNT(*) AS recipients
     FROM commendation_decisions d JOIN commendation_recipients rc ON rc.decision_id = d.id
     WHERE d.signed_on BETWEEN ? AND ?${o.sql}
     GROUP BY rc.unit_id, d.award_form_id, d.authority_id, rc.kind`,
    withOrigin([r.from, r.to], o),
  );
}

/** One recipient of the detail sheet (danh sách tập thể, cá nhân được khen thưởng). */
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

/** Recipients of decisions signed in the range, by signing date, with the form and authority named. */
export function commendationDetails(
  db: ReadDb,
  r: { from: string; to: string } & OriginScope,
  after: BatchKey | null,
  limit: number,
): DetailBatch<CommendationDetail> {
  const k = after ?? { a: '', b: '' };
  const o = originAnd('d.origin_office_id', r);
  return keysetPage(
    db.all<CommendationDetail>(
      `SELECT d.signed_on AS ka, rc.id AS kb, rc.unit_id, d.number, d.symbol, d.signed_on, f.name AS form, a.name AS authority,
         rc.kind, rc.name, rc.unit_name
       FROM commendation_decisions d JOIN commendation_recipients rc ON rc.decision_id = d.id
         JOIN catalogue_entries f ON f.id = d.award_form_id JOIN catalogue_entries a ON a.id = d.authority_id
       WHERE d.signed_on BETWEEN ? AND ?${o.sql} AND (d.signed_on, rc.id) > (?, ?)
       ORDER BY d.signed_on, rc.id LIMIT ?`,
      [...withOrigin([r.from, r.to], o), k.a, k.b, limit],
    ),
    limit,
  );
}

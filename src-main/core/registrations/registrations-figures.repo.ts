import { keysetPage, type BatchKey, type DetailBatch } from '../db/keyset-batch';
import type { ReadDb } from '../db/types';
import { originAnd, withNamedOrigin, withOrigin, type OriginScope } from '../records/record-origin.repo';
import { RECOGNISED_SQL } from '../../contract/registrations/registration.kind';

/**
 * What reports read from safety registrations (registrations-figures). A period counts the
 * registrations of its final year registered by its end: a 6-month report shows registrations,
 * the year-end one recognitions too.
 */
export interface UnitRegistrationCount {
  unit_id: string;
  registered: number;
  recognised: number;
}

/**
 * Per unit: registrations of the final year registered by the end, and those recognised (this
 * domain's RECOGNISED_SQL, with the recognition decision dated by the end).
 */
export function registrationCountsByUnit(db: ReadDb, r: { to: string } & OriginScope): UnitRegistrationCount[] {
  const o = originAnd('r.origin_office_id', r, ':origin');
  return db.all<UnitRegistrationCount>(
    `SELECT unit_id, COUNT(*) AS registered,
       TOTAL(${RECOGNISED_SQL} AND (r.decision_date IS NULL OR r.decision_date <= :to)) AS recognised
     FROM safety_registrations r WHERE year = :year AND registered_on <= :to${o.sql}
     GROUP BY unit_id`,
    withNamedOrigin({ ':year': Number(r.to.slice(0, 4)), ':to': r.to }, o),
  );
}

/** One registration of the detail sheet (đăng ký, công nhận "An toàn về ANTT"). */
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

/** Registrations of the final year registered by the end, in entry order (the key's `a` is unused). */
export function registrationDetails(
  db: ReadDb,
  r: { to: string } & OriginScope,
  after: BatchKey | null,
  limit: number,
): DetailBatch<RegistrationDetail> {
  const k = after ?? { a: '', b: -1 };
  const o = originAnd('g.origin_office_id', r);
  return keysetPage(
    db.all<RegistrationDetail>(
      `SELECT '' AS ka, g.seq AS kb, g.unit_id, g.year, g.registered_on, g.assessment, g.decision_number, g.decision_date, g.recognised_by
       FROM safety_registrations g
       WHERE g.year = ? AND g.registered_on <= ?${o.sql} AND g.seq > ?
       ORDER BY g.seq LIMIT ?`,
      [...withOrigin([Number(r.to.slice(0, 4)), r.to], o), k.b, limit],
    ),
    limit,
  );
}

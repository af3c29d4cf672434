import type { ReadDb } from '../db/types';
import { unitSubtreeCondition } from '../records';
import { RECOGNISED_SQL } from '../../contract/registrations/registration.kind';

/**
 * Registration queries beyond the standard ones that core/records derives from the kind: the
 * one-per-unit-and-year lookup and the counts reports read.
 */

/** The id of the unit's registration for that year, if any. */
export function registrationIdFor(db: ReadDb, unitId: string, year: number): string | undefined {
  return db.get<{ id: string }>('SELECT id FROM safety_registrations WHERE unit_id = ? AND year = ?', [unitId, year])?.id;
}

/** Registered, assessed đạt and recognised units of one kind in a year: a report's "1.042/1.165" line. */
export interface RegistrationCount {
  unitKind: string;
  registered: number;
  passed: number;
  recognised: number;
}

/** Counts per unit kind for a year, of a unit and everything under it, or of all units. */
export function registrationCounts(db: ReadDb, q: { year: number; unitId: string | null }): RegistrationCount[] {
  const inSubtree = q.unitId === null ? '' : `AND ${unitSubtreeCondition('r.unit_id')}`;
  return db.all<RegistrationCount>(
    `SELECT u.kind AS unitKind, COUNT(*) AS registered, TOTAL(r.assessment = 'passed') AS passed, TOTAL(${RECOGNISED_SQL}) AS recognised
     FROM safety_registrations r JOIN units u ON u.id = r.unit_id WHERE r.year = ? ${inSubtree} GROUP BY u.kind ORDER BY u.kind`,
    q.unitId === null ? [q.year] : [q.year, q.unitId],
  );
}

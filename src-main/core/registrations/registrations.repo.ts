import type { ReadDb, WriteTx } from '../db/types';
import { foldForSearch } from '../text/fold';
import { unitSubtreeCondition } from '../records';
import type { Registration, RegistrationFields } from '../../contract/registrations/registration';
import { evaluationPeriod, isRegistrableKind } from './registration.rules';

/** SQL ↔ objects for safety registrations; `search_text` is rewritten with every change. */

export const REGISTRATION_SELECT = `r.id AS id, r.year AS year, r.unit_id AS unitId, u.name AS unitName, u.code AS unitCode, u.kind AS unitKind,
  r.registered_on AS registeredOn, r.assessment AS assessment, r.points AS points, r.decision_number AS decisionNumber,
  r.decision_date AS decisionDate, r.recognised_by AS recognisedBy, r.note AS note, r.created_at AS createdAt, r.updated_at AS updatedAt`;

export const REGISTRATION_JOINS = 'JOIN units u ON u.id = r.unit_id';

/** Recognised: assessed đạt with a decision recorded. */
export const RECOGNISED_SQL = "(r.assessment = 'passed' AND (r.decision_number IS NOT NULL OR r.decision_date IS NOT NULL))";

export type RegistrationRow = Omit<Registration, 'recognised' | 'evaluationFrom' | 'evaluationTo'>;

/** Adds what is derived from the row: recognised, and the evaluation period of the unit's kind. */
export function toRegistration(row: RegistrationRow): Registration {
  const kind = isRegistrableKind(row.unitKind) ? row.unitKind : 'commune';
  const period = evaluationPeriod(kind, row.year);
  const recognised = row.assessment === 'passed' && (row.decisionNumber !== null || row.decisionDate !== null);
  return { ...row, recognised, evaluationFrom: period.from, evaluationTo: period.to };
}

export function findRegistration(db: ReadDb, id: string): Registration | undefined {
  const row = db.get<RegistrationRow>(`SELECT ${REGISTRATION_SELECT} FROM safety_registrations r ${REGISTRATION_JOINS} WHERE r.id = ?`, [id]);
  return row ? toRegistration(row) : undefined;
}

/** The id of the unit's registration for that year, if any. */
export function registrationIdFor(db: ReadDb, unitId: string, year: number): string | undefined {
  return db.get<{ id: string }>('SELECT id FROM safety_registrations WHERE unit_id = ? AND year = ?', [unitId, year])?.id;
}

export function registrationIdTaken(db: ReadDb, id: string): boolean {
  return db.get('SELECT 1 AS x FROM safety_registrations WHERE id = ?', [id]) !== undefined;
}

function values(f: RegistrationFields) {
  const search = foldForSearch([f.decisionNumber ?? '', f.recognisedBy ?? '', f.note].join(' '));
  return [f.year, f.unitId, f.registeredOn, f.assessment, f.points, f.decisionNumber, f.decisionDate, f.recognisedBy, f.note, search];
}

export function insertRegistration(tx: WriteTx, id: string, f: RegistrationFields, now: string): void {
  tx.run(
    `INSERT INTO safety_registrations (id, year, unit_id, registered_on, assessment, points, decision_number, decision_date, recognised_by,
       note, search_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, ...values(f), now, now],
  );
}

export function updateRegistration(tx: WriteTx, id: string, f: RegistrationFields, now: string): void {
  tx.run(
    `UPDATE safety_registrations SET year = ?, unit_id = ?, registered_on = ?, assessment = ?, points = ?, decision_number = ?,
       decision_date = ?, recognised_by = ?, note = ?, search_text = ?, updated_at = ? WHERE id = ?`,
    [...values(f), now, id],
  );
}

export function deleteRegistration(tx: WriteTx, id: string): void {
  tx.run('DELETE FROM safety_registrations WHERE id = ?', [id]);
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
     FROM safety_registrations r ${REGISTRATION_JOINS} WHERE r.year = ? ${inSubtree} GROUP BY u.kind ORDER BY u.kind`,
    q.unitId === null ? [q.year] : [q.year, q.unitId],
  );
}

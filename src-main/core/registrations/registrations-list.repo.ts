import type { ListQuery } from '../../contract/list-query';
import type { ReadDb } from '../db/types';
import { Where } from '../db/where';
import { queryPage, unitNameCondition, unitSubtreeCondition } from '../records';
import type { Registration, RegistrationFilters } from '../../contract/registrations/registration';
import { RECOGNISED_SQL, REGISTRATION_SELECT, toRegistration, type RegistrationRow } from './registrations.repo';

/** Newest year first, units in Vietnamese order within it. */
const DEFAULT_SORT: ListQuery['sort'] = [
  { column: 'year', dir: 'desc' },
  { column: 'unitName', dir: 'asc' },
];

const SORT_SQL: Readonly<Record<string, readonly string[]>> = {
  year: ['r.year'],
  unitName: ['u.name_sort', 'u.rowid', 'r.year'],
  registeredOn: ['r.registered_on'],
  assessment: ['r.assessment'],
  points: ['r.points'],
  decisionDate: ['r.decision_date'],
  updatedAt: ['r.updated_at'],
  // No stored key for these: vi_sort (db/engine.ts) orders them at query time.
  decisionNumber: ['vi_sort(r.decision_number)'],
  recognisedBy: ['vi_sort(r.recognised_by)'],
  note: ['vi_sort(r.note)'],
};

/**
 * One page of registrations. Search: every word is part of the decision number, the recognising body,
 * the note or the unit's name (LIKE over folded text: a province registers a few thousand units a year).
 */
export function listRegistrations(db: ReadDb, query: ListQuery, filters: RegistrationFilters): { total: number; rows: Registration[] } {
  const where = new Where();
  if (filters.unitId) where.add(unitSubtreeCondition('r.unit_id'), filters.unitId);
  if (filters.year !== undefined) where.add('r.year = ?', filters.year);
  if (filters.assessment) where.add('r.assessment = ?', filters.assessment);
  if (filters.recognised) where.add(filters.recognised === 'true' ? RECOGNISED_SQL : `NOT ${RECOGNISED_SQL}`);
  if (filters.unitKind) where.add('r.unit_id IN (SELECT id FROM units WHERE kind = ?)', filters.unitKind);
  where.search(query.search, ["r.search_text LIKE ? ESCAPE '\\'", unitNameCondition('r.unit_id')]);
  const page = queryPage<RegistrationRow>(db, {
    select: REGISTRATION_SELECT,
    table: 'safety_registrations',
    alias: 'r',
    nameJoins: '',
    where: where.parts,
    params: where.params,
    sort: query.sort.length > 0 ? query.sort : DEFAULT_SORT,
    sortSql: SORT_SQL,
    limit: query.limit,
    offset: query.offset,
  });
  return { total: page.total, rows: page.rows.map(toRegistration) };
}

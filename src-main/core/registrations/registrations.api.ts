import { handle } from '../api/define';
import { registrationsContract } from '../../contract/registrations/registrations.contract';
import { AppError } from '../api/errors';
import type { ReadDb } from '../db/types';
import { applyPatch, checkSortColumns, parseListFilters } from '../records';
import {
  Registration,
  REGISTRATION_SORT_COLUMNS,
  RegistrationFilters,
  type RegistrationFields,
} from '../../contract/registrations/registration';
import { assertOnePerUnitAndYear, checkRegistration } from './registrations.checks';
import { listRegistrations } from './registrations-list.repo';
import { deleteRegistration, findRegistration, insertRegistration, registrationIdTaken, updateRegistration } from './registrations.repo';

function mustFind(db: ReadDb, id: string): Registration {
  const found = findRegistration(db, id);
  if (!found) throw new AppError('NOT_FOUND', 'Không tìm thấy bản đăng ký này; có thể nó đã bị xoá.');
  return found;
}

function fieldsOf(r: Registration): RegistrationFields {
  const { year, unitId, registeredOn, assessment, points, decisionNumber, decisionDate, recognisedBy, note } = r;
  return { year, unitId, registeredOn, assessment, points, decisionNumber, decisionDate, recognisedBy, note };
}

/** One page of safety registrations, filtered, sorted and searched in SQL. */
export const listRegistrationsMethod = handle(registrationsContract, 'registrations.list', (ctx, q) =>
    listRegistrations(ctx.db, { ...q, sort: checkSortColumns(q.sort, REGISTRATION_SORT_COLUMNS) }, parseListFilters(RegistrationFilters, q.filters)));

/** One registration. */
export const getRegistration = handle(registrationsContract, 'registrations.get', (ctx, { id }) => mustFind(ctx.db, id));

/** Records a unit's registration for a year (one per unit and year). */
export const createRegistration = handle(registrationsContract, 'registrations.create', (ctx, { id: wanted, ...fields }) => {
    if (wanted !== undefined && registrationIdTaken(ctx.db, wanted)) throw new AppError('CONFLICT', 'Bản đăng ký này đã có trong sổ (trùng mã).');
    checkRegistration(ctx.db, fields, null, ctx.now);
    assertOnePerUnitAndYear(ctx.db, null, fields);
    const id = wanted ?? ctx.newId();
    insertRegistration(ctx.db, id, fields, ctx.now);
    return mustFind(ctx.db, id);
  });

/** Changes some fields (e.g. enters the assessment and the recognition decision); absent fields keep their value. */
export const updateRegistrationMethod = handle(registrationsContract, 'registrations.update', (ctx, { id, ...patch }) => {
    const stored = fieldsOf(mustFind(ctx.db, id));
    const next = applyPatch(stored, patch);
    checkRegistration(ctx.db, next, stored, ctx.now);
    assertOnePerUnitAndYear(ctx.db, id, next);
    updateRegistration(ctx.db, id, next, ctx.now);
    return mustFind(ctx.db, id);
  });

/** Deletes a registration; returns it as it was, so the grid can offer undo. */
export const deleteRegistrationMethod = handle(registrationsContract, 'registrations.delete', (ctx, { id }) => {
    const stored = mustFind(ctx.db, id);
    deleteRegistration(ctx.db, id);
    return stored;
  });

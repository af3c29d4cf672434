import { z } from 'zod';
import { defineMethod } from '../api/define';
import { AppError } from '../api/errors';
import { ListQuery, listPage } from '../../contract/list-query';
import type { ReadDb } from '../db/types';
import { applyPatch, checkSortColumns, parseListFilters, recordId } from '../records';
import {
  EMPTY_OUTCOME,
  Outcome,
  OUTCOME_SORT_COLUMNS,
  OutcomeFilters,
  OutcomeSaveInput,
  OutcomeSaveOutput,
  OutcomeUpdateInput,
  type OutcomeFields,
} from './outcome';
import { assertNoOtherRow, checkOutcome } from './outcomes.checks';
import { listOutcomes } from './outcomes-list.repo';
import { deleteOutcome, findOutcome, insertOutcome, outcomeIdFor, updateOutcome } from './outcomes.repo';

const IdInput = z.object({ id: recordId('Mã dòng kết quả') });

function mustFind(db: ReadDb, id: string): Outcome {
  const found = findOutcome(db, id);
  if (!found) throw new AppError('NOT_FOUND', 'Không tìm thấy dòng kết quả này; có thể nó đã bị xoá.');
  return found;
}

function fieldsOf(o: Outcome): OutcomeFields {
  const { unitId, period, tipsReceived, valuableTips, casesSolved, suspectsArrested, weaponsHandedIn, modelId, note } = o;
  return { unitId, period, tipsReceived, valuableTips, casesSolved, suspectsArrested, weaponsHandedIn, modelId, note };
}

/** One page of outcomes, filtered, sorted and searched in SQL. */
export const listOutcomesMethod = defineMethod({
  name: 'outcomes.list',
  role: 'viewer',
  summary: 'Danh sách kết quả theo đơn vị và tháng (phân trang, sắp xếp, lọc, tìm không dấu).',
  input: ListQuery,
  output: listPage(Outcome),
  handler: (ctx, q) => listOutcomes(ctx.db, { ...q, sort: checkSortColumns(q.sort, OUTCOME_SORT_COLUMNS) }, parseListFilters(OutcomeFilters, q.filters)),
});

/** One outcome row. */
export const getOutcome = defineMethod({
  name: 'outcomes.get',
  role: 'viewer',
  summary: 'Một dòng kết quả.',
  input: IdInput,
  output: Outcome,
  handler: (ctx, { id }) => mustFind(ctx.db, id),
});

/**
 * Enters a unit's outcome for a month. A second entry for the same unit and month edits the first
 * (one row per unit and month); `updated` says which happened.
 */
export const saveOutcome = defineMethod({
  name: 'outcomes.save',
  role: 'clerk',
  summary: 'Nhập kết quả của đơn vị trong tháng (đã có thì sửa dòng đó).',
  input: OutcomeSaveInput,
  output: OutcomeSaveOutput,
  handler: (ctx, input) => {
    const existing = outcomeIdFor(ctx.db, input.unitId, input.period);
    const stored = existing === undefined ? null : fieldsOf(mustFind(ctx.db, existing));
    const next = applyPatch<OutcomeFields>(stored ?? { ...EMPTY_OUTCOME, unitId: input.unitId, period: input.period }, input);
    checkOutcome(ctx.db, next, stored, ctx.now);
    const id = existing ?? ctx.newId();
    if (existing === undefined) insertOutcome(ctx.db, id, next, ctx.now);
    else updateOutcome(ctx.db, id, next, ctx.now);
    return { outcome: mustFind(ctx.db, id), updated: existing !== undefined };
  },
});

/** Changes some fields of one row; moving it onto a unit and month that has a row is a CONFLICT. */
export const updateOutcomeMethod = defineMethod({
  name: 'outcomes.update',
  role: 'clerk',
  summary: 'Sửa dòng kết quả.',
  input: OutcomeUpdateInput,
  output: Outcome,
  handler: (ctx, { id, ...patch }) => {
    const stored = fieldsOf(mustFind(ctx.db, id));
    const next = applyPatch(stored, patch);
    checkOutcome(ctx.db, next, stored, ctx.now);
    assertNoOtherRow(ctx.db, id, next);
    updateOutcome(ctx.db, id, next, ctx.now);
    return mustFind(ctx.db, id);
  },
});

/** Deletes one row; returns it as it was (the grid's undo saves it again). */
export const deleteOutcomeMethod = defineMethod({
  name: 'outcomes.delete',
  role: 'clerk',
  summary: 'Xoá dòng kết quả.',
  input: IdInput,
  output: Outcome,
  handler: (ctx, { id }) => {
    const stored = mustFind(ctx.db, id);
    deleteOutcome(ctx.db, id);
    return stored;
  },
});

import { handle } from '../api/define';
import { outcomesContract } from '../../contract/outcomes/outcomes.contract';
import { AppError } from '../api/errors';
import type { ReadDb } from '../db/types';
import { applyPatch, checkSortColumns, parseListFilters } from '../records';
import {
  EMPTY_OUTCOME,
  Outcome,
  OUTCOME_SORT_COLUMNS,
  OutcomeFilters,
  type OutcomeFields,
} from '../../contract/outcomes/outcome';
import { assertNoOtherRow, checkOutcome } from './outcomes.checks';
import { listOutcomes } from './outcomes-list.repo';
import { deleteOutcome, findOutcome, insertOutcome, outcomeIdFor, updateOutcome } from './outcomes.repo';

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
export const listOutcomesMethod = handle(outcomesContract, 'outcomes.list', (ctx, q) => listOutcomes(ctx.db, { ...q, sort: checkSortColumns(q.sort, OUTCOME_SORT_COLUMNS) }, parseListFilters(OutcomeFilters, q.filters)));

/** One outcome row. */
export const getOutcome = handle(outcomesContract, 'outcomes.get', (ctx, { id }) => mustFind(ctx.db, id));

/**
 * Enters a unit's outcome for a month. A second entry for the same unit and month edits the first
 * (one row per unit and month); `updated` says which happened.
 */
export const saveOutcome = handle(outcomesContract, 'outcomes.save', (ctx, input) => {
    const existing = outcomeIdFor(ctx.db, input.unitId, input.period);
    const stored = existing === undefined ? null : fieldsOf(mustFind(ctx.db, existing));
    const next = applyPatch<OutcomeFields>(stored ?? { ...EMPTY_OUTCOME, unitId: input.unitId, period: input.period }, input);
    checkOutcome(ctx.db, next, stored, ctx.now);
    const id = existing ?? ctx.newId();
    if (existing === undefined) insertOutcome(ctx.db, id, next, ctx.now);
    else updateOutcome(ctx.db, id, next, ctx.now);
    return { outcome: mustFind(ctx.db, id), updated: existing !== undefined };
  });

/** Changes some fields of one row; moving it onto a unit and month that has a row is a CONFLICT. */
export const updateOutcomeMethod = handle(outcomesContract, 'outcomes.update', (ctx, { id, ...patch }) => {
    const stored = fieldsOf(mustFind(ctx.db, id));
    const next = applyPatch(stored, patch);
    checkOutcome(ctx.db, next, stored, ctx.now);
    assertNoOtherRow(ctx.db, id, next);
    updateOutcome(ctx.db, id, next, ctx.now);
    return mustFind(ctx.db, id);
  });

/** Deletes one row; returns it as it was (the grid's undo saves it again). */
export const deleteOutcomeMethod = handle(outcomesContract, 'outcomes.delete', (ctx, { id }) => {
    const stored = mustFind(ctx.db, id);
    deleteOutcome(ctx.db, id);
    return stored;
  });

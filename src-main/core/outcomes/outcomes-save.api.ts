import type { Handler } from '../api/define';
import { outcomeKind, type OutcomeFields } from '../../contract/outcomes/outcome.kind';
import type { outcomesContract } from '../../contract/outcomes/outcomes.contract';
import { applyPatch, fieldsOf, insertRecord, readRecord, updateRecord, type KindRules } from '../records';
import { assertNoOtherRow, checkOutcome } from './outcomes.checks';
import { outcomeIdFor } from './outcomes.repo';

/** The rules the standard methods of the outcome kind call. */
export const outcomeRules: KindRules<typeof outcomeKind> = { check: checkOutcome, conflicts: assertNoOtherRow };

/**
 * Enters a unit's outcome for a month. A second entry for the same unit and month edits the first
 * (one row per unit and month); `updated` says which happened.
 */
export const saveOutcome: Handler<(typeof outcomesContract)['outcomes.save']> = (ctx, input) => {
  const existing = outcomeIdFor(ctx.db, input.unitId, input.period);
  const stored = existing === undefined ? null : fieldsOf(outcomeKind, readRecord(ctx.db, outcomeKind, outcomeRules, existing));
  // A new row: the kind's defaults (counts 0, no model, no note) for what the clerk left out.
  const { id: _none, ...fresh } = outcomeKind.createInput.parse({ unitId: input.unitId, period: input.period });
  const next = applyPatch<OutcomeFields>(stored ?? fresh, input);
  checkOutcome(ctx.db, next, stored, ctx.now);
  const id = existing ?? ctx.newId();
  if (existing === undefined) insertRecord(ctx.db, outcomeKind, id, next, ctx.now);
  else updateRecord(ctx.db, outcomeKind, id, next, ctx.now);
  return { outcome: readRecord(ctx.db, outcomeKind, outcomeRules, id), updated: existing !== undefined };
};

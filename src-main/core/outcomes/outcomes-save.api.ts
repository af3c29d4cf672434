import type { Handler } from '../api/define';
import { AppError } from '../api/errors';
import { outcomeKind, type OutcomeFields } from '../../contract/outcomes/outcome.kind';
import type { outcomesContract } from '../../contract/outcomes/outcomes.contract';
import { applyPatch, assertOwnRecord, fieldsOf, insertRecord, readRecord, updateRecord, type KindRules } from '../records';
import { findUnit } from '../units';
import { assertNoOtherRow, checkOutcome } from './outcomes.checks';
import { vnMonth } from './outcome.rules';
import { outcomeIdFor } from './outcomes.repo';

/** The rules the standard methods of the outcome kind call. */
export const outcomeRules: KindRules<typeof outcomeKind> = { check: checkOutcome, conflicts: assertNoOtherRow };

type SaveInput = Partial<OutcomeFields> & Pick<OutcomeFields, 'unitId' | 'period'>;

/**
 * Enters a unit's outcome for a month. A unit-month that has a row already is handled as `mode` says
 * (replace, add, skip); without a mode it is refused with EXISTS, so a paste never overwrites silently.
 */
export const saveOutcome: Handler<(typeof outcomesContract)['outcomes.save']> = (ctx, { mode, ...input }) => {
  const existing = outcomeIdFor(ctx.db, input.unitId, input.period);
  if (existing === undefined) {
    // A new row: the kind's defaults (counts 0, no model, no note) for what the clerk left out.
    const { id: _none, ...fresh } = outcomeKind.createInput.parse({ unitId: input.unitId, period: input.period });
    const next = applyPatch<OutcomeFields>(fresh, input);
    checkOutcome(ctx.db, next, null, ctx.now);
    const id = ctx.newId();
    insertRecord(ctx.db, outcomeKind, id, next, ctx.now);
    return { outcome: readRecord(ctx.db, outcomeKind, outcomeRules, id), updated: false, action: 'created' };
  }
  if (mode === undefined) throw existsError(ctx.db, input);
  const current = readRecord(ctx.db, outcomeKind, outcomeRules, existing);
  if (mode !== 'skip') assertOwnRecord(ctx.db, outcomeKind.table, existing, outcomeKind.noun);
  if (mode === 'skip') return { outcome: current, updated: false, action: 'skipped' };
  const stored = fieldsOf(outcomeKind, current);
  const next = mode === 'add' ? addedTo(stored, input) : applyPatch<OutcomeFields>(stored, input);
  checkOutcome(ctx.db, next, stored, ctx.now);
  updateRecord(ctx.db, outcomeKind, existing, next, ctx.now);
  const action = mode === 'add' ? 'added' : 'replaced';
  return { outcome: readRecord(ctx.db, outcomeKind, outcomeRules, existing), updated: true, action };
};

const COUNTS = ['tipsReceived', 'valuableTips', 'casesSolved', 'suspectsArrested', 'weaponsHandedIn'] as const;

/**
 * The stored row with the entry added to it: counts summed (a second report of the same month adds
 * to the first), a new note appended, a model given replaces the stored one.
 */
export function addedTo(stored: OutcomeFields, entry: Partial<OutcomeFields>): OutcomeFields {
  const next = { ...stored };
  for (const k of COUNTS) next[k] = stored[k] + (entry[k] ?? 0);
  const note = entry.note?.trim() ?? '';
  if (note !== '' && note !== stored.note) next.note = stored.note === '' ? note : `${stored.note}; ${note}`;
  if (entry.modelId != null) next.modelId = entry.modelId;
  return next;
}

function existsError(db: Parameters<typeof findUnit>[0], input: SaveInput): AppError {
  const unit = findUnit(db, input.unitId)?.name ?? '';
  return new AppError(
    'EXISTS',
    `Đơn vị "${unit}" đã có kết quả tháng ${vnMonth(input.period)}: chọn thay thế, cộng thêm hoặc bỏ qua dòng này.`,
  );
}

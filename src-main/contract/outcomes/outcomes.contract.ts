import { z } from 'zod';
import { defineContract } from '../method-spec';
import { kindContract } from '../records/kind-contract';
import { outcomeKind } from './outcome.kind';

/**
 * What to do when a unit already has a row for the month: `replace` its values with the given ones
 * (absent fields keep theirs), `add` the given counts to it, or `skip` and leave it as it is.
 */
export const existingOutcomeMode = z.enum(['replace', 'add', 'skip'], {
  error: 'Cách xử lý dòng đã có phải là thay thế, cộng thêm hoặc bỏ qua.',
});
export type ExistingOutcomeMode = z.infer<typeof existingOutcomeMode>;

/** What a save did: made a row, or replaced, added to or skipped the unit's row for the month. */
export const outcomeSaveAction = z.enum(['created', 'replaced', 'added', 'skipped']);

/**
 * The outcomes domain: the kind's standard methods, and `outcomes.save` instead of a create. Save takes
 * the unit and month and any fields: a new unit-month makes a row (absent counts are 0). When the unit
 * already has a row for that month, `mode` says what to do; without it the save is refused with EXISTS,
 * so nothing is overwritten without the clerk's say. `updated` is true when an existing row was touched.
 */
export const outcomesContract = defineContract({
  ...kindContract(outcomeKind),
  'outcomes.save': {
    role: 'clerk',
    summary: 'Nhập kết quả của đơn vị trong tháng (đã có thì thay thế, cộng thêm hoặc bỏ qua theo lựa chọn).',
    input: outcomeKind.upsertInput.extend({ mode: existingOutcomeMode.optional() }),
    output: z.object({ outcome: outcomeKind.output, updated: z.boolean(), action: outcomeSaveAction }),
  },
});

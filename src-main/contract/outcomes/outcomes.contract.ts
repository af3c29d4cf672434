import { z } from 'zod';
import { defineContract } from '../method-spec';
import { kindContract } from '../records/kind-contract';
import { outcomeKind } from './outcome.kind';

/**
 * The outcomes domain: the kind's standard methods, and `outcomes.save` instead of a create. Save takes
 * the unit and month and any fields: when the unit already has a row for that month it is edited
 * (absent fields keep their value); otherwise a row is made (absent counts are 0). `updated` says which.
 */
export const outcomesContract = defineContract({
  ...kindContract(outcomeKind),
  'outcomes.save': {
    role: 'clerk',
    summary: 'Nhập kết quả của đơn vị trong tháng (đã có thì sửa dòng đó).',
    input: outcomeKind.upsertInput,
    output: z.object({ outcome: outcomeKind.output, updated: z.boolean() }),
  },
});

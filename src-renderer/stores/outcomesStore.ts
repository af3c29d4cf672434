import { call } from '../lib/api';
import type { ApiInput } from '../../src-main/contract';
import type { GridSource } from '../components/grid/types';
import { asGridResult, zeroCount, id, optionalId, text, readAll, readPatch, type FieldSpec } from './cell-fields';

type OutcomeFields = Required<ApiInput<'outcomes.save'>>;

const spec: FieldSpec<OutcomeFields> = {
  unitId: id,
  period: text,
  tipsReceived: zeroCount,
  valuableTips: zeroCount,
  casesSolved: zeroCount,
  suspectsArrested: zeroCount,
  weaponsHandedIn: zeroCount,
  modelId: optionalId,
  note: text,
};

/**
 * Outcomes (kết quả) per unit and month for the grid. A new row goes through `outcomes.save`, so a
 * second row for the same unit and month edits the first, as the core's rule says.
 */
export const outcomesSource: GridSource = {
  list: async (q) => asGridResult(await call('outcomes.list', q)),
  update: async (rowId, patch) => asGridResult(await call('outcomes.update', { ...readPatch(patch, spec), id: rowId })),
  create: async (values) => {
    const r = await call('outcomes.save', readAll(values, spec));
    return asGridResult(r.ok ? { ok: true, data: { id: r.data.outcome.id } } : r);
  },
  remove: async (rowId) => asGridResult(await call('outcomes.delete', { id: rowId })),
};

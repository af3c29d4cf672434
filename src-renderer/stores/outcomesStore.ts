import { outcomeKind } from '../../src-main/contract/outcomes/outcome.kind';
import { call } from '../lib/api';
import type { GridSource } from '../components/grid/types';
import { asGridResult } from './cell-fields';
import { readRecord, recordSource } from './record-source';

/**
 * Outcomes (kết quả) per unit and month for the grid. A new row goes through `outcomes.save`: for a
 * unit and month that has a row, the core answers EXISTS until the clerk chose replace, add or skip.
 */
export const outcomesSource: GridSource = {
  ...recordSource(outcomeKind),
  asksOnExisting: true,
  create: async (values, onExisting) => {
    const r = await call('outcomes.save', { ...readRecord(outcomeKind, values), ...(onExisting ? { mode: onExisting } : {}) });
    return asGridResult(r.ok ? { ok: true, data: { id: r.data.outcome.id } } : r);
  },
};

import { outcomeKind } from '../../src-main/contract/outcomes/outcome.kind';
import { call } from '../lib/api';
import type { GridSource } from '../components/grid/types';
import { asGridResult } from './cell-fields';
import { readRecord, recordSource } from './record-source';

/**
 * Outcomes (kết quả) per unit and month for the grid. A new row goes through `outcomes.save`, so a
 * second row for the same unit and month edits the first, as the core's rule says.
 */
export const outcomesSource: GridSource = {
  ...recordSource(outcomeKind),
  create: async (values) => {
    const r = await call('outcomes.save', readRecord(outcomeKind, values));
    return asGridResult(r.ok ? { ok: true, data: { id: r.data.outcome.id } } : r);
  },
};

import type { ReadDb } from '../db/types';
import { unitSubtreeCondition } from '../records';

/**
 * Outcome queries beyond the standard ones that core/records derives from the kind: the one row per
 * unit and month lookup, and the sums reports read.
 */

/** The id of the unit's row for that month, if any. */
export function outcomeIdFor(db: ReadDb, unitId: string, period: string): string | undefined {
  return db.get<{ id: string }>('SELECT id FROM outcomes WHERE unit_id = ? AND period = ?', [unitId, period])?.id;
}

/** Sums of outcomes: what a report's totals row needs. */
export interface OutcomeTotals {
  rows: number;
  tipsReceived: number;
  valuableTips: number;
  casesSolved: number;
  suspectsArrested: number;
  weaponsHandedIn: number;
}

/** Sums over months `from`..`to` ('YYYY-MM', inclusive), of a unit and everything under it, or of all units. */
export function outcomeTotals(db: ReadDb, q: { unitId: string | null; from: string; to: string }): OutcomeTotals {
  const inSubtree = q.unitId === null ? '' : `AND ${unitSubtreeCondition('unit_id')}`;
  const row = db.get<OutcomeTotals>(
    `SELECT COUNT(*) AS rows, TOTAL(tips_received) AS tipsReceived, TOTAL(valuable_tips) AS valuableTips, TOTAL(cases_solved) AS casesSolved,
       TOTAL(suspects_arrested) AS suspectsArrested, TOTAL(weapons_handed_in) AS weaponsHandedIn
     FROM outcomes WHERE period BETWEEN ? AND ? ${inSubtree}`,
    q.unitId === null ? [q.from, q.to] : [q.from, q.to, q.unitId],
  );
  return row ?? { rows: 0, tipsReceived: 0, valuableTips: 0, casesSolved: 0, suspectsArrested: 0, weaponsHandedIn: 0 };
}

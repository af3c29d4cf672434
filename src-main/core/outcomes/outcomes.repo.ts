import type { ReadDb, WriteTx } from '../db/types';
import { unitSubtreeCondition } from '../records';
import { foldForSearch } from '../text/fold';
import type { Outcome, OutcomeFields } from '../../contract/outcomes/outcome';

/** SQL ↔ objects for outcomes (kết quả); the folded note is written with every change. */

export const OUTCOME_SELECT = `o.id AS id, o.unit_id AS unitId, u.name AS unitName, u.code AS unitCode, o.period AS period,
  o.tips_received AS tipsReceived, o.valuable_tips AS valuableTips, o.cases_solved AS casesSolved,
  o.suspects_arrested AS suspectsArrested, o.weapons_handed_in AS weaponsHandedIn, o.model_id AS modelId, m.name AS modelName,
  o.note AS note, o.created_at AS createdAt, o.updated_at AS updatedAt`;

/** The joins for the names, besides the unit's. */
export const OUTCOME_NAME_JOINS = 'LEFT JOIN security_models m ON m.id = o.model_id';

export const OUTCOME_JOINS = `JOIN units u ON u.id = o.unit_id ${OUTCOME_NAME_JOINS}`;

export function findOutcome(db: ReadDb, id: string): Outcome | undefined {
  return db.get<Outcome>(`SELECT ${OUTCOME_SELECT} FROM outcomes o ${OUTCOME_JOINS} WHERE o.id = ?`, [id]);
}

/** The id of the unit's row for that month, if any. */
export function outcomeIdFor(db: ReadDb, unitId: string, period: string): string | undefined {
  return db.get<{ id: string }>('SELECT id FROM outcomes WHERE unit_id = ? AND period = ?', [unitId, period])?.id;
}

function values(f: OutcomeFields) {
  return [f.unitId, f.period, f.tipsReceived, f.valuableTips, f.casesSolved, f.suspectsArrested, f.weaponsHandedIn, f.modelId, f.note, foldForSearch(f.note)];
}

export function insertOutcome(tx: WriteTx, id: string, f: OutcomeFields, now: string): void {
  tx.run(
    `INSERT INTO outcomes (id, unit_id, period, tips_received, valuable_tips, cases_solved, suspects_arrested, weapons_handed_in,
       model_id, note, note_search, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, ...values(f), now, now],
  );
}

export function updateOutcome(tx: WriteTx, id: string, f: OutcomeFields, now: string): void {
  tx.run(
    `UPDATE outcomes SET unit_id = ?, period = ?, tips_received = ?, valuable_tips = ?, cases_solved = ?, suspects_arrested = ?,
       weapons_handed_in = ?, model_id = ?, note = ?, note_search = ?, updated_at = ? WHERE id = ?`,
    [...values(f), now, id],
  );
}

export function deleteOutcome(tx: WriteTx, id: string): void {
  tx.run('DELETE FROM outcomes WHERE id = ?', [id]);
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

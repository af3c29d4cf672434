import { z } from 'zod';
import { IsoDate, RecipientInput } from '../../contract/commendations/commendation';
import { deleteRecipientRow, insertRecipient, updateRecipientRow } from '../commendations';
import type { WriteTx } from '../db/types';
import type { TravelTarget } from './travel';
import { heldFromRow } from './package-rows.repo';
import { META, checkDecisionOwner, columnsOf, commendationReads } from './travel-commendations.repo';
import { keepOwnerMeta } from './travel-kinds.repo';

/**
 * The recipients of commendation decisions (tập thể, cá nhân được khen), as they travel to the Ministry
 * after their decisions (travel-commendations.repo.ts): with their place in the list, registry number
 * (số sổ) and print date as the deciding office holds them.
 */
const RECIPIENT_KEYS = [...Object.keys(RecipientInput.shape), 'decisionId', 'seq', 'registryKey', 'registryNumber', 'printedOn'];
const RECIPIENT_COLUMNS = `${META}, ${columnsOf(RECIPIENT_KEYS)}`;

/** What a travelled recipient may hold: the clerk's fields, its place in the decision, its registry number, when printed. */
const TravelRecipient = RecipientInput.extend({
  decisionId: z.string().min(1).max(64),
  seq: z.number().int().min(0),
  registryKey: z.string().max(200).nullable(),
  registryNumber: z.number().int().min(1).nullable(),
  printedOn: IsoDate.nullable(),
});

/**
 * What the clerk's fields leave out, as the owner holds it: the recipient's place in its decision, its
 * registry number and print date. A number the owner moved to this recipient may still sit on another of
 * its recipients here, whose own change comes later in the same package: it is freed first.
 */
function keepOwnerColumns(tx: WriteTx, id: string, r: z.output<typeof TravelRecipient>, origin: string | null): void {
  if (r.registryKey !== null && r.registryNumber !== null)
    tx.run(
      `UPDATE commendation_recipients SET registry_key = NULL, registry_number = NULL
       WHERE registry_key = ? AND registry_number = ? AND origin_office_id IS ? AND id <> ?`,
      [r.registryKey, r.registryNumber, origin, id],
    );
  const sql =
    'UPDATE commendation_recipients SET decision_id = ?, seq = ?, registry_key = ?, registry_number = ?, printed_on = ? WHERE id = ?';
  tx.run(sql, [r.decisionId, r.seq, r.registryKey, r.registryKey === null ? null : r.registryNumber, r.printedOn, id]);
}

export const recipientsTarget: TravelTarget = {
  name: 'commendationRecipients',
  label: 'Người được khen',
  refs: { unitId: 'unit' },
  schema: TravelRecipient,
  ...commendationReads({
    table: 'commendation_recipients',
    columns: RECIPIENT_COLUMNS,
    changedAt: 'updated_at',
    held: (row) => heldFromRow(row, RECIPIENT_KEYS),
  }),
  write(tx, rec, exists, origin, now) {
    const r = TravelRecipient.parse(rec.data);
    checkDecisionOwner(tx, r.decisionId, origin);
    if (exists) updateRecipientRow(tx, rec.id, r, now);
    else insertRecipient(tx, { id: rec.id, decisionId: r.decisionId, seq: r.seq, now }, r);
    keepOwnerColumns(tx, rec.id, r, origin);
    keepOwnerMeta(tx, 'commendation_recipients', rec, origin);
  },
  remove: (tx, id) => deleteRecipientRow(tx, id),
};

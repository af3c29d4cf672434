import { z } from 'zod';
import { handle } from '../api/define';
import { commendationsContract } from '../../contract/commendations/commendations.contract';
import { AppError } from '../api/errors';
import type { Caller } from '../../contract/roles';
import { assertVersion } from '../api/version-check';
import { Recipient, RecipientPatch, type RecipientInput as RecipientFields } from '../../contract/commendations/commendation';
import { requireDecision, requireOwnDecision } from './decision.checks';
import { assertRecipient, warningsFor } from './recipient.checks';
import { deleteRecipientRow, getRecipient, insertRecipient, listRecipients, nextSeq, updateRecipientRow } from './recipients.repo';

const NOUN = 'người/tập thể được khen';

function requireRecipient(db: Parameters<typeof getRecipient>[0], id: string): Recipient {
  const r = getRecipient(db, id);
  if (!r) throw new AppError('NOT_FOUND', 'Không tìm thấy người/tập thể được khen (có thể đã bị xóa).');
  return r;
}

/**
 * The reason for a second Kỷ niệm chương is an administrator's decision: the core checks the role here,
 * whatever the window shows. A clerk may still edit other fields of such a recipient (the reason is unchanged).
 */
function assertOverrideRole(caller: Caller, before: string | null, after: string | null): void {
  if ((after || null) === before || caller.role === 'admin') return;
  throw new AppError('FORBIDDEN', 'Chỉ quản trị viên được ghi hoặc sửa lý do tặng lại Kỷ niệm chương; hãy nhờ quản trị viên thực hiện.', [
    { path: ['medalOverrideReason'], message: 'Chỉ quản trị viên được ghi lý do tặng lại Kỷ niệm chương.' },
  ]);
}

function merge(existing: Recipient, patch: z.output<typeof RecipientPatch>): RecipientFields {
  const { kind, name, gender, birthYear, position, unitId, unitName, achievement, medalOverrideReason } = existing;
  const merged: RecipientFields = { kind, name, gender, birthYear, position, unitId, unitName, achievement, medalOverrideReason };
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) Object.assign(merged, { [key]: value });
  // A new unit from the tree replaces the printed unit text unless the clerk typed both.
  if (patch.unitId !== undefined && patch.unitName === undefined) merged.unitName = '';
  return merged;
}

/** One page of a decision's recipients for the grid. */
export const listRecipientsMethod = handle(commendationsContract, 'commendations.listRecipients', (ctx, { decisionId, ...q }) => {
  requireDecision(ctx.db, decisionId);
  return listRecipients(ctx.db, decisionId, q);
});

export const addRecipientMethod = handle(commendationsContract, 'commendations.addRecipient', (ctx, { decisionId, ...input }) => {
  const decision = requireOwnDecision(ctx.db, decisionId);
  assertOverrideRole(ctx.caller, null, input.medalOverrideReason);
  const value = assertRecipient(ctx.db, decision, input);
  const id = ctx.newId();
  insertRecipient(ctx.db, { id, decisionId, seq: nextSeq(ctx.db, decisionId), now: ctx.now }, value);
  return { recipient: requireRecipient(ctx.db, id), warnings: warningsFor(ctx.db, decision, id, value) };
});

export const updateRecipientMethod = handle(
  commendationsContract,
  'commendations.updateRecipient',
  (ctx, { id, expectedVersion, ...patch }) => {
    const existing = requireRecipient(ctx.db, id);
    assertVersion(NOUN, expectedVersion, existing);
    const decision = requireOwnDecision(ctx.db, existing.decisionId);
    if (patch.medalOverrideReason !== undefined) assertOverrideRole(ctx.caller, existing.medalOverrideReason, patch.medalOverrideReason);
    const value = assertRecipient(ctx.db, decision, merge(existing, patch), id);
    updateRecipientRow(ctx.db, id, value, ctx.now);
    return { recipient: requireRecipient(ctx.db, id), warnings: warningsFor(ctx.db, decision, id, value) };
  },
);

export const deleteRecipientMethod = handle(commendationsContract, 'commendations.deleteRecipient', (ctx, { id, expectedVersion }) => {
  const r = requireRecipient(ctx.db, id);
  requireOwnDecision(ctx.db, r.decisionId);
  assertVersion(NOUN, expectedVersion, r);
  if (r.printedOn) throw new AppError('CONFLICT', `${r.name} đã được in bằng/giấy khen: không thể xóa khỏi danh sách.`);
  deleteRecipientRow(ctx.db, id);
  return { deleted: true as const };
});

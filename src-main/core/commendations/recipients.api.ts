import { z } from 'zod';
import { defineMethod } from '../api/define';
import { AppError } from '../api/errors';
import { ListQuery, listPage } from '../../contract/list-query';
import { Recipient, RecipientInput, RecipientPatch, RecipientWarning, type RecipientInput as RecipientFields } from './commendation';
import { requireDecision } from './decision.checks';
import { assertRecipient, warningsFor } from './recipient.checks';
import { deleteRecipientRow, getRecipient, insertRecipient, listRecipients, nextSeq, updateRecipientRow } from './recipients.repo';

const RecipientWithWarnings = z.object({ recipient: Recipient, warnings: z.array(RecipientWarning) });

function requireRecipient(db: Parameters<typeof getRecipient>[0], id: string): Recipient {
  const r = getRecipient(db, id);
  if (!r) throw new AppError('NOT_FOUND', 'Không tìm thấy người/tập thể được khen (có thể đã bị xóa).');
  return r;
}

function merge(existing: Recipient, patch: z.output<typeof RecipientPatch>): RecipientFields {
  const { kind, name, gender, birthYear, position, unitId, unitName, achievement } = existing;
  const merged: RecipientFields = { kind, name, gender, birthYear, position, unitId, unitName, achievement };
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) Object.assign(merged, { [key]: value });
  // A new unit from the tree replaces the printed unit text unless the clerk typed both.
  if (patch.unitId !== undefined && patch.unitName === undefined) merged.unitName = '';
  return merged;
}

/** One page of a decision's recipients for the grid. */
export const listRecipientsMethod = defineMethod({
  name: 'commendations.listRecipients',
  role: 'viewer',
  summary: 'Danh sách người và tập thể được khen của một quyết định.',
  input: ListQuery.extend({ decisionId: z.string().min(1, 'Thiếu mã quyết định.') }),
  output: listPage(Recipient),
  handler: (ctx, { decisionId, ...q }) => {
    requireDecision(ctx.db, decisionId);
    return listRecipients(ctx.db, decisionId, q);
  },
});

export const addRecipientMethod = defineMethod({
  name: 'commendations.addRecipient',
  role: 'clerk',
  summary: 'Thêm người hoặc tập thể vào danh sách khen của quyết định; trả về cảnh báo trùng.',
  input: RecipientInput.extend({ decisionId: z.string().min(1, 'Thiếu mã quyết định.') }),
  output: RecipientWithWarnings,
  handler: (ctx, { decisionId, ...input }) => {
    const decision = requireDecision(ctx.db, decisionId);
    const value = assertRecipient(ctx.db, decision, input);
    const id = ctx.newId();
    insertRecipient(ctx.db, { id, decisionId, seq: nextSeq(ctx.db, decisionId), now: ctx.now }, value);
    return { recipient: requireRecipient(ctx.db, id), warnings: warningsFor(ctx.db, decision, id, value) };
  },
});

export const updateRecipientMethod = defineMethod({
  name: 'commendations.updateRecipient',
  role: 'clerk',
  summary: 'Sửa người hoặc tập thể được khen (chỉ các trường gửi lên; các trường khác giữ nguyên).',
  input: RecipientPatch.extend({ id: z.string().min(1) }),
  output: RecipientWithWarnings,
  handler: (ctx, { id, ...patch }) => {
    const existing = requireRecipient(ctx.db, id);
    const decision = requireDecision(ctx.db, existing.decisionId);
    const value = assertRecipient(ctx.db, decision, merge(existing, patch));
    updateRecipientRow(ctx.db, id, value, ctx.now);
    return { recipient: requireRecipient(ctx.db, id), warnings: warningsFor(ctx.db, decision, id, value) };
  },
});

export const deleteRecipientMethod = defineMethod({
  name: 'commendations.deleteRecipient',
  role: 'clerk',
  summary: 'Xóa người hoặc tập thể khỏi danh sách khen (số sổ đã cấp không được dùng lại).',
  input: z.object({ id: z.string().min(1) }),
  output: z.object({ deleted: z.literal(true) }),
  handler: (ctx, { id }) => {
    const r = requireRecipient(ctx.db, id);
    if (r.printedOn) throw new AppError('CONFLICT', `${r.name} đã được in bằng/giấy khen: không thể xóa khỏi danh sách.`);
    deleteRecipientRow(ctx.db, id);
    return { deleted: true as const };
  },
});

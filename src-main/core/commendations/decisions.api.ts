import { z } from 'zod';
import { defineMethod } from '../api/define';
import { AppError } from '../api/errors';
import { ListQuery, listPage } from '../../contract/list-query';
import { Decision, DecisionInput } from './commendation';
import { registryKey } from './commendation.rules';
import { assertDecisionInput, requireDecision } from './decision.checks';
import { decisionUsage, deleteDecisionRows, insertDecision, listDecisions, updateDecisionRow } from './decisions.repo';
import { numberedRegistryKeys } from './recipients.repo';

const Id = z.object({ id: z.string().min(1, 'Thiếu mã quyết định.') });

/** Decisions, newest first, with search on number and subject. */
export const listDecisionsMethod = defineMethod({
  name: 'commendations.listDecisions',
  role: 'viewer',
  summary: 'Danh sách quyết định khen thưởng (tìm theo số, trích yếu; lọc theo năm, hình thức, cấp khen).',
  input: ListQuery,
  output: listPage(Decision),
  handler: (ctx, q) => listDecisions(ctx.db, q),
});

export const getDecisionMethod = defineMethod({
  name: 'commendations.getDecision',
  role: 'viewer',
  summary: 'Một quyết định khen thưởng.',
  input: Id,
  output: Decision,
  handler: (ctx, { id }) => requireDecision(ctx.db, id),
});

export const createDecisionMethod = defineMethod({
  name: 'commendations.createDecision',
  role: 'clerk',
  summary: 'Tạo quyết định khen thưởng.',
  input: DecisionInput,
  output: Decision,
  handler: (ctx, input) => {
    assertDecisionInput(ctx.db, input);
    const id = ctx.newId();
    insertDecision(ctx.db, id, input, ctx.now);
    return requireDecision(ctx.db, id);
  },
});

export const updateDecisionMethod = defineMethod({
  name: 'commendations.updateDecision',
  role: 'clerk',
  summary: 'Sửa quyết định khen thưởng.',
  input: DecisionInput.extend({ id: z.string().min(1) }),
  output: Decision,
  handler: (ctx, { id, ...input }) => {
    const existing = requireDecision(ctx.db, id);
    assertDecisionInput(ctx.db, input, existing);
    const keys = numberedRegistryKeys(ctx.db, id);
    if (keys.length > 0 && keys.some((k) => k !== registryKey(input))) {
      throw new AppError(
        'CONFLICT',
        'Quyết định đã cấp số sổ: không thể đổi cấp khen, hình thức hay năm (số sổ thuộc sổ của cấp khen, hình thức và năm đó).',
      );
    }
    updateDecisionRow(ctx.db, id, input, ctx.now);
    return requireDecision(ctx.db, id);
  },
});

export const deleteDecisionMethod = defineMethod({
  name: 'commendations.deleteDecision',
  role: 'clerk',
  summary: 'Xóa quyết định khen thưởng chưa in cùng danh sách của nó.',
  input: Id,
  output: z.object({ deletedRecipients: z.number().int() }),
  handler: (ctx, { id }) => {
    const d = requireDecision(ctx.db, id);
    if (decisionUsage(ctx.db, id).printed > 0) {
      throw new AppError('CONFLICT', 'Quyết định đã in bằng/giấy khen cho người được khen: không thể xóa.');
    }
    deleteDecisionRows(ctx.db, id);
    return { deletedRecipients: d.recipientCount };
  },
});

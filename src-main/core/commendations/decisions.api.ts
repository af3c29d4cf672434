import { handle } from '../api/define';
import { commendationsContract } from '../../contract/commendations/commendations.contract';
import { AppError } from '../api/errors';
import { assertVersion } from '../api/version-check';
import { registryKey } from './commendation.rules';
import { assertDecisionInput, requireDecision, requireOwnDecision } from './decision.checks';
import { decisionUsage, deleteDecisionRows, insertDecision, listDecisions, updateDecisionRow } from './decisions.repo';
import { numberedRegistryKeys } from './recipients.repo';

/** Decisions, newest first, with search on number and subject. */
export const listDecisionsMethod = handle(commendationsContract, 'commendations.listDecisions', (ctx, q) => listDecisions(ctx.db, q));

export const getDecisionMethod = handle(commendationsContract, 'commendations.getDecision', (ctx, { id }) => requireDecision(ctx.db, id));

export const createDecisionMethod = handle(commendationsContract, 'commendations.createDecision', (ctx, input) => {
  assertDecisionInput(ctx.db, input);
  const id = ctx.newId();
  insertDecision(ctx.db, id, input, ctx.now);
  return requireDecision(ctx.db, id);
});

export const updateDecisionMethod = handle(
  commendationsContract,
  'commendations.updateDecision',
  (ctx, { id, expectedVersion, ...input }) => {
    const existing = requireOwnDecision(ctx.db, id);
    assertVersion('quyết định', expectedVersion, existing);
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
);

export const deleteDecisionMethod = handle(commendationsContract, 'commendations.deleteDecision', (ctx, { id, expectedVersion }) => {
  const d = requireOwnDecision(ctx.db, id);
  assertVersion('quyết định', expectedVersion, d);
  if (decisionUsage(ctx.db, id).printed > 0) {
    throw new AppError('CONFLICT', 'Quyết định đã in bằng/giấy khen cho người được khen: không thể xóa.');
  }
  deleteDecisionRows(ctx.db, id);
  return { deletedRecipients: d.recipientCount };
});

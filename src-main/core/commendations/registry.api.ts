import { handle } from '../api/define';
import { commendationsContract } from '../../contract/commendations/commendations.contract';
import { AppError } from '../api/errors';
import { registryKey } from './commendation.rules';
import { requireDecision } from './decision.checks';
import { historyOf, warningsFor } from './recipient.checks';
import { recipientsOfDecision, setRegistryNumber, takeRegistryNumbers } from './recipients.repo';

/**
 * Gives registry numbers (số sổ) in list order to the recipients that have none. Numbers come from the
 * counter of the decision's authority, form and year, so they are never handed out twice.
 */
export const assignRegistryNumbersMethod = handle(
  commendationsContract,
  'commendations.assignRegistryNumbers',
  (ctx, { decisionId, recipientIds }) => {
    const decision = requireDecision(ctx.db, decisionId);
    const chosen = recipientsOfDecision(ctx.db, decisionId, recipientIds);
    if (recipientIds && chosen.length !== new Set(recipientIds).size) {
      throw new AppError('NOT_FOUND', 'Có người được chọn không thuộc danh sách của quyết định này.');
    }
    const todo = chosen.filter((r) => r.registryNumber === null);
    if (todo.length === 0) return { assigned: 0, first: null, last: null };
    const key = registryKey(decision);
    const first = takeRegistryNumbers(ctx.db, key, todo.length);
    todo.forEach((r, i) => setRegistryNumber(ctx.db, r.id, key, first + i, ctx.now));
    return { assigned: todo.length, first, last: first + todo.length - 1 };
  },
);

/** A person's or collective's earlier commendations, and what would be wrong in proposing them again. */
export const recipientHistoryMethod = handle(commendationsContract, 'commendations.recipientHistory', (ctx, input) => {
  const self = input.recipientId ?? '';
  const entries = historyOf(ctx.db, input).filter((h) => h.recipientId !== self);
  if (!input.decisionId) return { entries, warnings: [] };
  const decision = requireDecision(ctx.db, input.decisionId);
  const probe = { ...input, gender: null, position: '', achievement: '', medalOverrideReason: null };
  return { entries, warnings: warningsFor(ctx.db, decision, self, probe) };
});

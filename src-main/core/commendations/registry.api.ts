import { handle } from '../api/define';
import { commendationsContract } from '../../contract/commendations/commendations.contract';
import { AppError } from '../api/errors';
import { registryKey, registryOrder } from './commendation.rules';
import { requireDecision, requireOwnDecision } from './decision.checks';
import { historyOf, warningsFor } from './recipient.checks';
import { clearRegistryNumbers, recipientsOfDecision, setRegistryNumber, takeRegistryNumbers } from './recipients.repo';

/**
 * Gives registry numbers (số sổ) to the recipients that have none. Numbers come from the counter of the
 * decision's authority, form and year, so they are never handed out twice; the decision's unprinted
 * rows then hold their numbers in list order (STT), whichever rows were numbered first.
 */
export const assignRegistryNumbersMethod = handle(
  commendationsContract,
  'commendations.assignRegistryNumbers',
  (ctx, { decisionId, recipientIds }) => {
    const decision = requireOwnDecision(ctx.db, decisionId);
    const all = recipientsOfDecision(ctx.db, decisionId);
    const wanted = recipientIds ? new Set(recipientIds) : null;
    const chosen = wanted ? all.filter((r) => wanted.has(r.id)) : all;
    if (wanted && chosen.length !== wanted.size) {
      throw new AppError('NOT_FOUND', 'Có người được chọn không thuộc danh sách của quyết định này.');
    }
    const todo = new Set(chosen.filter((r) => r.registryNumber === null).map((r) => r.id));
    if (todo.size === 0) return { assigned: 0, first: null, last: null };
    const key = registryKey(decision);
    const first = takeRegistryNumbers(ctx.db, key, todo.size);
    const fresh = Array.from({ length: todo.size }, (_, i) => first + i);
    const movable = all.filter((r) => todo.has(r.id) || (r.printedOn === null && r.registryNumber !== null));
    const changes = registryOrder(movable, fresh);
    clearRegistryNumbers(ctx.db, [...changes.keys()]);
    for (const [id, n] of changes) setRegistryNumber(ctx.db, id, key, n, ctx.now);
    return { assigned: todo.size, first, last: first + todo.size - 1 };
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

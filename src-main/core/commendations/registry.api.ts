import { z } from 'zod';
import { defineMethod } from '../api/define';
import { AppError } from '../api/errors';
import { HistoryEntry, RecipientKind, RecipientWarning } from './commendation';
import { registryKey } from './commendation.rules';
import { requireDecision } from './decision.checks';
import { historyOf, warningsFor } from './recipient.checks';
import { recipientsOfDecision, setRegistryNumber, takeRegistryNumbers } from './recipients.repo';

/**
 * Gives registry numbers (số sổ) in list order to the recipients that have none. Numbers come from the
 * counter of the decision's authority, form and year, so they are never handed out twice.
 */
export const assignRegistryNumbersMethod = defineMethod({
  name: 'commendations.assignRegistryNumbers',
  role: 'clerk',
  summary: 'Cấp số sổ theo thứ tự cho người/tập thể chưa có số của một quyết định.',
  input: z.object({ decisionId: z.string().min(1), recipientIds: z.array(z.string()).max(10000).optional() }),
  output: z.object({ assigned: z.number().int(), first: z.number().int().nullable(), last: z.number().int().nullable() }),
  handler: (ctx, { decisionId, recipientIds }) => {
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
});

/** A person's or collective's earlier commendations, and what would be wrong in proposing them again. */
export const recipientHistoryMethod = defineMethod({
  name: 'commendations.recipientHistory',
  role: 'viewer',
  summary: 'Quá trình khen thưởng của một người/tập thể (khớp tên không dấu và năm sinh hoặc đơn vị) và cảnh báo.',
  input: z.object({
    kind: RecipientKind,
    name: z.string().trim().min(1, 'Nhập họ tên hoặc tên tập thể.').max(200),
    birthYear: z.number().int().nullable().default(null),
    unitId: z.string().min(1).nullable().default(null),
    unitName: z.string().max(300).default(''),
    /** When given, warnings are computed as if proposing in this decision. */
    decisionId: z.string().min(1).optional(),
    /** The recipient being edited, left out of its own history. */
    recipientId: z.string().min(1).optional(),
  }),
  output: z.object({ entries: z.array(HistoryEntry), warnings: z.array(RecipientWarning) }),
  handler: (ctx, input) => {
    const self = input.recipientId ?? '';
    const entries = historyOf(ctx.db, input).filter((h) => h.recipientId !== self);
    if (!input.decisionId) return { entries, warnings: [] };
    const decision = requireDecision(ctx.db, input.decisionId);
    const probe = { ...input, gender: null, position: '', achievement: '' };
    return { entries, warnings: warningsFor(ctx.db, decision, self, probe) };
  },
});

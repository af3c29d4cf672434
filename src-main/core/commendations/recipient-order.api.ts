import { handle } from '../api/define';
import { commendationsContract } from '../../contract/commendations/commendations.contract';
import { AppError } from '../api/errors';
import { assertVersion } from '../api/version-check';
import type { Recipient } from '../../contract/commendations/commendation';
import { getRecipient, recipientsOfDecision } from './recipients.repo';
import { swapRegistryNumbers, swapSeq } from './recipient-order.repo';
import { requireOwnDecision } from './decision.checks';

const NOUN = 'người/tập thể được khen';

/** Both rows unprinted and numbered (from one counter): their numbers swap with their places. */
function swapNumbersIfUnprinted(tx: Parameters<typeof swapRegistryNumbers>[0], a: Recipient, b: Recipient): void {
  if (a.printedOn !== null || b.printedOn !== null || a.registryNumber === null || b.registryNumber === null) return;
  swapRegistryNumbers(tx, { id: a.id, registryNumber: a.registryNumber }, { id: b.id, registryNumber: b.registryNumber });
}

function mustGet(db: Parameters<typeof getRecipient>[0], id: string): Recipient {
  const r = getRecipient(db, id);
  if (!r) throw new AppError('NOT_FOUND', 'Không tìm thấy người/tập thể được khen (có thể đã bị xóa); hãy tải lại danh sách.');
  return r;
}

/**
 * Moves a recipient one place up or down the decision's list (Alt+↑/↓ in the grid): it trades its STT
 * with the neighbour, and, while neither is printed, its số sổ too, so the numbers keep following the
 * list. Both rows get a new version; a move from a stale row is refused like any edit.
 */
export const moveRecipientMethod = handle(
  commendationsContract,
  'commendations.moveRecipient',
  (ctx, { id, direction, expectedVersion }) => {
    const row = mustGet(ctx.db, id);
    requireOwnDecision(ctx.db, row.decisionId);
    assertVersion(NOUN, expectedVersion, row);
    const list = recipientsOfDecision(ctx.db, row.decisionId);
    const at = list.findIndex((r) => r.id === id);
    const other = list[direction === 'up' ? at - 1 : at + 1];
    // At the top or the bottom already: nothing changes, and the row keeps its version.
    if (!other) return { moved: false, recipients: [row] };
    swapSeq(ctx.db, row, other, ctx.now);
    swapNumbersIfUnprinted(ctx.db, row, other);
    return { moved: true, recipients: [mustGet(ctx.db, id), mustGet(ctx.db, other.id)] };
  },
);

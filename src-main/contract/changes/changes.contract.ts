import { z } from 'zod';
import { defineContract } from '../method-spec';

/** One domain's changed records: their ids, or null when a batch (paste, import, numbering) changed many. */
export const ChangedKind = z.object({ kind: z.string(), ids: z.array(z.string()).nullable() });
export type ChangedKind = z.output<typeof ChangedKind>;

/**
 * The change feed (issue 10 item 3): what other windows and tabs saved since a cursor, so every view
 * refreshes what changed. `reset` says the cursor is too old or from before a restart: refresh all.
 */
export const ChangesPage = z.object({ cursor: z.string(), changes: z.array(ChangedKind), reset: z.boolean() });
export type ChangesPage = z.output<typeof ChangesPage>;

/** The changes domain: one read of the feed (pushed over server-sent events in web mode). */
export const changesContract = defineContract({
  'changes.since': {
    role: 'viewer',
    summary: 'Những gì đã thay đổi từ một mốc (loại bản ghi và mã), kèm mốc mới.',
    input: z.object({ cursor: z.string().max(100, 'Mốc thay đổi không hợp lệ.').nullable().default(null) }),
    output: ChangesPage,
  },
});

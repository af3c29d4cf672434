import type { DraftCell } from '../../../src-main/contract/drafts/drafts.contract';

/** What the core must be told so its drafts match the grid's unsaved rows. */
export interface DraftChanges {
  /** Rows whose unsaved cells differ from what the core keeps (new or changed). */
  saves: [key: string, cells: DraftCell[]][];
  /** Kept drafts whose rows were saved, deleted or discarded on purpose. */
  discards: string[];
}

/**
 * The difference between the drafts the core keeps (`sent`: key → its cells as JSON) and the grid's
 * unsaved rows now. `gone(key)` says whether a kept draft's missing row left on purpose: a saved row
 * whose state was only forgotten (its list reloaded) keeps its draft.
 */
export function draftChanges(
  sent: ReadonlyMap<string, string>,
  now: ReadonlyMap<string, DraftCell[]>,
  gone: (key: string) => boolean,
): DraftChanges {
  const saves: DraftChanges['saves'] = [];
  for (const [key, cells] of now) if (sent.get(key) !== JSON.stringify(cells)) saves.push([key, cells]);
  const discards = [...sent.keys()].filter((key) => !now.has(key) && gone(key));
  return { saves, discards };
}

/** True when the core must be told something: only then is the grid "unsent" (the leave guard asks). */
export const hasDraftChanges = (c: DraftChanges): boolean => c.saves.length > 0 || c.discards.length > 0;

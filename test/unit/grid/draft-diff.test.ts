import { describe, expect, it } from 'vitest';
import { draftChanges, hasDraftChanges } from '../../../src-renderer/components/grid/draft-diff';
import type { DraftCell } from '../../../src-main/contract/drafts/drafts.contract';

const cell = (column: string, text: string): DraftCell => ({ column, value: text, text, error: null });
const kept = (entries: [string, DraftCell[]][]) => new Map(entries.map(([k, cells]) => [k, JSON.stringify(cells)]));

describe('grid draft changes (what the leave guard waits for)', () => {
  it('finds nothing to send when the rows are as the core keeps them, so nothing is unsent', () => {
    const cells = [cell('name', 'Mô hình 1')];
    const c = draftChanges(kept([['local-1', cells]]), new Map([['local-1', cells]]), () => true);
    expect(hasDraftChanges(c)).toBe(false);
    expect(hasDraftChanges(draftChanges(new Map(), new Map(), () => true))).toBe(false);
  });

  it('sends a new or changed row', () => {
    const sent = kept([['local-1', [cell('name', 'A')]]]);
    const now = new Map([
      ['local-1', [cell('name', 'AB')]],
      ['local-2', [cell('name', 'C')]],
    ]);
    const c = draftChanges(sent, now, () => true);
    expect(c.saves.map(([k]) => k)).toEqual(['local-1', 'local-2']);
    expect(c.discards).toEqual([]);
  });

  it('drops a kept draft whose row left on purpose, and keeps one whose row was only forgotten', () => {
    const sent = kept([
      ['local-1', [cell('name', 'A')]],
      ['id-saved', [cell('name', 'B')]],
    ]);
    const c = draftChanges(sent, new Map(), (key) => key.startsWith('local-'));
    expect(c.discards).toEqual(['local-1']);
    expect(hasDraftChanges(draftChanges(kept([['id-saved', [cell('name', 'B')]]]), new Map(), () => false))).toBe(false);
  });
});

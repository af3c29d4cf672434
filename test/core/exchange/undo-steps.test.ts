import { describe, expect, it } from 'vitest';
import { recordReceived } from '../../../src-main/core/exchange/office.repo';
import { insertUndoSteps, undoSteps, type UndoStep } from '../../../src-main/core/exchange/undo-steps.repo';
import { makeTestCore } from '../../fixtures/core';

describe('the undo steps of a received package', () => {
  it('are stored in order, long runs of added records included, and read back last first', async () => {
    const core = await makeTestCore();
    const added = (target: string, n: number, from = 0): UndoStep[] =>
      Array.from({ length: n }, (_, i) => ({ target, recordId: `${target}-${from + i}`, before: null }));
    const steps: UndoStep[] = [
      { target: 'units', recordId: 'u-1', before: null },
      { target: 'sessions', recordId: 'changed-1', before: '{"id":"changed-1"}' },
      ...added('sessions', 5_321),
      ...added('outcomes', 199),
      ...added('registrations', 450),
      { target: 'sessions', recordId: 'deleted-1', before: '{"id":"deleted-1"}' },
    ];
    const seq = core.env.store.write((tx) => {
      const received = recordReceived(tx, {
        senderId: 'CAH-1',
        sequence: 1,
        packageCreatedAt: '2026-11-20T00:00:00.000Z',
        appliedAt: '2026-11-20T01:00:00.000Z',
        appliedBy: 'cli',
        counts: '{}',
      });
      insertUndoSteps(tx, received, steps);
      return received;
    });
    expect(undoSteps(core.env.store, seq)).toEqual([...steps].reverse());
    core.close();
  });
});

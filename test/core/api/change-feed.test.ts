import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { ChangeFeed } from '../../../src-main/core/api/change-feed';
import { callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { FORM_TALK, VENUE_RESIDENTIAL, aUnitTree, testClock } from '../../fixtures/records';

/** Issue 10 item 3: `changes.since` names the kinds and ids written since a cursor. */
describe('the change feed', () => {
  let core: Core;
  let units: ReturnType<typeof aUnitTree>;
  beforeEach(async () => {
    core = await makeTestCore({ clock: testClock });
    units = aUnitTree(core);
  });
  afterEach(() => core.close());

  it('gives a cursor, then each written kind with its ids; reads are not changes', async () => {
    const start = await callOk(core, 'changes.since', { cursor: null }, viewer);
    expect(start.changes).toEqual([]);
    const s = await callOk(
      core,
      'sessions.create',
      { heldOn: '2026-03-01', unitId: units.area, venueKindId: VENUE_RESIDENTIAL, formId: FORM_TALK, topic: 'A' },
      clerk,
    );
    await callOk(core, 'sessions.list', { offset: 0, limit: 5 }, viewer);
    await callOk(core, 'outcomes.save', { unitId: units.area, period: '2026-03' }, clerk);
    const page = await callOk(core, 'changes.since', { cursor: start.cursor }, viewer);
    expect(page.reset).toBe(false);
    expect(page.changes).toEqual([
      { kind: 'sessions', ids: [s.id] },
      { kind: 'outcomes', ids: [expect.any(String)] },
    ]);
    expect((await callOk(core, 'changes.since', { cursor: page.cursor }, viewer)).changes).toEqual([]);
  });

  it("carries a kept or dropped draft (kind 'drafts', no ids), not a read of the drafts", async () => {
    const start = await callOk(core, 'changes.since', { cursor: null }, viewer);
    await callOk(core, 'drafts.counts', {}, clerk);
    await callOk(core, 'drafts.list', { page: 'form-settings' }, clerk);
    expect((await callOk(core, 'changes.since', { cursor: start.cursor }, viewer)).changes).toEqual([]);
    const cells = [{ column: 'officeName', value: 'PHÒNG THAM MƯU', text: 'PHÒNG THAM MƯU', error: null }];
    await callOk(core, 'drafts.save', { page: 'form-settings', key: 'office', cells }, clerk);
    const kept = await callOk(core, 'changes.since', { cursor: start.cursor }, viewer);
    expect(kept.changes).toEqual([{ kind: 'drafts', ids: null }]);
    await callOk(core, 'drafts.discard', { page: 'form-settings', key: 'office' }, clerk);
    expect((await callOk(core, 'changes.since', { cursor: kept.cursor }, viewer)).changes).toEqual([{ kind: 'drafts', ids: null }]);
  });

  it('a refused write is not a change; a cursor of another run asks for a full refresh', async () => {
    const start = await callOk(core, 'changes.since', { cursor: null }, viewer);
    await core.dispatch('sessions.update', { id: '00000000-0000-4000-8000-000000000000', topic: 'x' }, clerk);
    expect((await callOk(core, 'changes.since', { cursor: start.cursor }, viewer)).changes).toEqual([]);
    expect((await callOk(core, 'changes.since', { cursor: 'other:3' }, viewer)).reset).toBe(true);
  });

  it('merges many writes of a kind, and a batch (no id) means the whole kind', () => {
    const feed = new ChangeFeed(3);
    const c0 = feed.since(null).cursor;
    feed.record('units', ['a']);
    feed.record('units', ['b']);
    expect(feed.since(c0).changes).toEqual([{ kind: 'units', ids: ['a', 'b'] }]);
    feed.record('units', null);
    expect(feed.since(c0).changes).toEqual([{ kind: 'units', ids: null }]);
    feed.record('units', ['c']);
    feed.record('units', ['d']);
    expect(feed.since(c0).reset).toBe(true);
  });
});

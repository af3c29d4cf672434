import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { ChangeFeed } from '../../../src-main/core/api/change-feed';
import { ANONYMOUS } from '../../../src-main/contract/credential';
import { admin, callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { FORM_TALK, VENUE_RESIDENTIAL, aUnitTree, testClock } from '../../fixtures/records';
import { createDecision, person, seedReferences } from '../commendations/fixtures';
import { xlsxBase64 } from '../imports/xlsx';

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

  /** Where the feed stands: its cursor moves with every entry recorded, and only then. */
  const feedAt = async (who = viewer) => (await callOk(core, 'changes.since', { cursor: null }, who)).cursor;

  it('hears only calls that wrote: a clerk-level read (a preview, drafts) leaves it where it was, a write moves it', async () => {
    const at = await feedAt();
    const file = await xlsxBase64([
      ['Đơn vị', 'Tháng', 'Tin báo nhận được', 'Tin có giá trị'],
      ['Phường Ái Quốc', '03/2026', 12, 3],
    ]);
    expect((await callOk(core, 'imports.preview', { kind: 'outcomes', fileBase64: file }, clerk)).ready).toBe(true);
    await callOk(core, 'imports.template', { kind: 'outcomes' }, clerk);
    await callOk(core, 'drafts.list', { page: 'form-settings' }, clerk);
    await callOk(core, 'drafts.counts', {}, clerk);
    await callOk(core, 'outcomes.list', {}, viewer);
    expect(await feedAt()).toBe(at);
    await callOk(core, 'imports.apply', { kind: 'outcomes', fileBase64: file }, clerk);
    expect(await feedAt()).not.toBe(at);
  });

  it('does not hear a write method that wrote nothing: a move past the top, a refused save', async () => {
    seedReferences(core);
    const d = await createDecision(core);
    const first = await callOk(core, 'commendations.addRecipient', { ...person(), decisionId: d.id }, clerk);
    const at = await feedAt();
    const moved = await callOk(core, 'commendations.moveRecipient', { id: first.recipient.id, direction: 'up' }, clerk);
    expect(moved.moved).toBe(false);
    const refused = await core.dispatch('commendations.addRecipient', { ...person({ birthYear: null }), decisionId: d.id }, clerk);
    expect(refused.ok).toBe(false);
    expect(await feedAt()).toBe(at);
    await callOk(core, 'commendations.addRecipient', { ...person({ name: 'Lê Văn Bình' }), decisionId: d.id }, clerk);
    expect(await feedAt()).not.toBe(at);
  });

  it('hears a write whatever the role that may call it (the first administrator, made by anyone at setup)', async () => {
    const at = await feedAt(admin); // the owner: no fixture account made, so the database has none yet
    await callOk(core, 'auth.me', {}, ANONYMOUS);
    expect(await feedAt(admin)).toBe(at);
    const setup = { username: 'quantri', displayName: 'Quản trị', password: 'mật khẩu đủ dài 1' };
    await callOk(core, 'auth.setup', setup, ANONYMOUS);
    expect((await callOk(core, 'changes.since', { cursor: at }, admin)).changes).toEqual([{ kind: 'auth', ids: null }]);
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

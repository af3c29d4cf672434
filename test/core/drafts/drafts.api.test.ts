import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src-main/core/app/open-core';
import { MAX_DRAFTS_PER_PAGE } from '../../../src-main/contract/drafts/drafts.contract';
import { RESOURCES_DIR, callOk, clerk, makeTestCore, viewer, withFixtureAccounts } from '../../fixtures/core';

const badDate = { column: 'date', value: null, text: '32/03/2017', error: 'Ngày 32/03/2017 không có thật.' };
const unit = { column: 'unitId', value: '4f0c2a1e-9b7d-4c53-a1f2-3c4d5e6f7a8b', text: 'BN-H01' };

function fileCore(dbPath: string): Promise<Core> {
  let t = new Date('2026-11-28T02:00:00.000Z').getTime();
  return openCore({ dbPath, resourcesDir: RESOURCES_DIR, clock: () => new Date((t += 1000)) }).then(withFixtureAccounts);
}

describe('drafts', () => {
  it('keeps a page’s unsaved rows in the order first kept, replacing a row’s cells on a later save', async () => {
    const core = await makeTestCore();
    await callOk(core, 'drafts.save', { page: 'sessions', key: 'new-a', cells: [badDate] }, clerk);
    await callOk(core, 'drafts.save', { page: 'sessions', key: 'new-b', cells: [unit] }, clerk);
    const third = await callOk(core, 'drafts.save', { page: 'sessions', key: 'new-a', cells: [badDate, unit] }, clerk);
    expect(third.count).toBe(2);
    const { drafts } = await callOk(core, 'drafts.list', { page: 'sessions' }, clerk);
    expect(drafts.map((d) => d.key)).toEqual(['new-a', 'new-b']);
    expect(drafts[0]?.cells).toEqual([badDate, { ...unit, error: null }]);
    expect((await callOk(core, 'drafts.list', { page: 'models' }, clerk)).drafts).toEqual([]);
    core.close();
  });

  it('counts drafts per page, and a draft goes only when discarded (or saved with no cells left)', async () => {
    const core = await makeTestCore();
    await callOk(core, 'drafts.save', { page: 'sessions', key: 'new-a', cells: [badDate] }, clerk);
    await callOk(core, 'drafts.save', { page: 'sessions', key: 'new-b', cells: [badDate] }, clerk);
    await callOk(core, 'drafts.save', { page: 'models', key: 'new-c', cells: [unit] }, clerk);
    expect((await callOk(core, 'drafts.counts', {}, clerk)).counts).toEqual([
      { page: 'models', count: 1 },
      { page: 'sessions', count: 2 },
    ]);
    expect((await callOk(core, 'drafts.discard', { page: 'sessions', key: 'new-a' }, clerk)).count).toBe(1);
    expect((await callOk(core, 'drafts.discard', { page: 'sessions', key: 'new-a' }, clerk)).count).toBe(1);
    expect((await callOk(core, 'drafts.save', { page: 'models', key: 'new-c', cells: [] }, clerk)).count).toBe(0);
    expect((await callOk(core, 'drafts.counts', {}, clerk)).counts).toEqual([{ page: 'sessions', count: 1 }]);
    core.close();
  });

  it('survives a restart of the core (the drafts are in the database file)', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'antq-drafts-')), 'office.sqlite');
    const first = await fileCore(dbPath);
    await callOk(first, 'drafts.save', { page: 'sessions', key: 'new-a', cells: [badDate] }, clerk);
    first.close();
    const second = await fileCore(dbPath);
    expect((await callOk(second, 'drafts.list', { page: 'sessions' }, clerk)).drafts).toMatchObject([{ key: 'new-a', cells: [badDate] }]);
    second.close();
  });

  it('refuses viewers, bad keys and over-long text with Vietnamese messages', async () => {
    const core = await makeTestCore();
    const denied = await core.call('drafts.save', { page: 'sessions', key: 'new-a', cells: [badDate] }, viewer);
    expect(denied).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const badKey = await core.call('drafts.save', { page: 'sessions', key: '../x', cells: [badDate] }, clerk);
    expect(badKey).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Mã bản nháp không hợp lệ.' } });
    const long = await core.call('drafts.save', { page: 'sessions', key: 'new-a', cells: [{ ...badDate, text: 'x'.repeat(2001) }] }, clerk);
    expect(long).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Nội dung ô dài quá 2000 ký tự.' } });
    core.close();
  });

  it('refuses a new draft beyond the per-page bound, but still replaces a kept one', async () => {
    const core = await makeTestCore();
    for (let i = 0; i < MAX_DRAFTS_PER_PAGE; i += 1) {
      await callOk(core, 'drafts.save', { page: 'sessions', key: `new-${i}`, cells: [badDate] }, clerk);
    }
    const over = await core.call('drafts.save', { page: 'sessions', key: 'new-extra', cells: [badDate] }, clerk);
    expect(over).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await callOk(core, 'drafts.save', { page: 'sessions', key: 'new-0', cells: [unit] }, clerk)).count).toBe(MAX_DRAFTS_PER_PAGE);
    core.close();
  }, 60_000);
});

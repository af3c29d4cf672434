import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../../src-main/contract/credential';
import { readWorkbook } from '../../../src-main/core/exporters/excel';
import type { Core } from '../../../src-main/core/app/open-core';
import { admin, callOk, clerk, fixtureAccount, makeTestCore, viewer } from '../../fixtures/core';

const clock = () => new Date('2026-11-20T01:02:03.000Z');
const events = async (core: Core) => (await callOk(core, 'audit.list', { limit: 50 }, admin)).entries.filter((e) => e.action === 'event');

describe('audit events', () => {
  it('logs a failed sign-in with the name tried and never the password, and a sign-in as the account', async () => {
    const core = await makeTestCore({ clock });
    const userId = fixtureAccount(core, 'clerk');
    const refused = await core.dispatch('auth.login', { username: 'test-clerk', password: 'wrong guess 123' }, ANONYMOUS);
    expect(refused.ok).toBe(false);
    const ok = await core.dispatch('auth.login', { username: 'test-clerk', password: 'fixture password' }, ANONYMOUS);
    expect(ok.ok).toBe(true);
    const [success, failure] = await events(core);
    expect(failure).toMatchObject({
      method: 'auth.login',
      username: 'test-clerk',
      userId: null,
      role: null,
      note: 'Đăng nhập không thành công',
    });
    expect(success).toMatchObject({ method: 'auth.login', username: 'test-clerk', userId, role: 'clerk', note: 'Đăng nhập' });
    const stored = JSON.stringify(core.env.store.all('SELECT * FROM audit_log'));
    expect(stored).not.toContain('wrong guess');
    expect(stored).not.toContain('fixture password');
    // Account activity is for administrators: other roles do not see it.
    expect((await callOk(core, 'audit.list', { limit: 50 }, clerk)).entries).toHaveLength(0);
    core.close();
  });

  it('logs an export that hands a file out, with its file name', async () => {
    const core = await makeTestCore({ clock });
    await callOk(core, 'audit.exportXlsx', {}, admin);
    const [exported] = await events(core);
    expect(exported).toMatchObject({
      method: 'audit.exportXlsx',
      username: 'cli',
      note: 'Xuất tệp: nhat-ky-thao-tac-2026-11-20.xlsx',
    });
    core.close();
  });
});

describe('audit.list', () => {
  it('pages newest first by keyset and filters by record, kind, user, method and period', async () => {
    let t = new Date('2026-11-20T00:00:00.000Z').getTime();
    // The test moves the clock: one minute before each write (signing the fixture clerk in reads it too).
    const core = await makeTestCore({ clock: () => new Date(t) });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      t += 60_000;
      ids.push((await callOk(core, 'units.create', { name: `Tỉnh ${i}`, kind: 'province' }, clerk)).id);
    }
    t += 60_000;
    await callOk(core, 'units.update', { id: ids[0] ?? '', name: 'Tỉnh đổi tên' }, admin);
    const first = await callOk(core, 'audit.list', { kind: 'units', limit: 4 }, viewer);
    expect(first.entries.map((e) => e.method)).toEqual(['units.update', 'units.create', 'units.create', 'units.create']);
    const second = await callOk(core, 'audit.list', { kind: 'units', limit: 4, cursor: first.next ?? 0 }, viewer);
    expect(second.entries).toHaveLength(2);
    expect(second.next).toBeNull();
    expect((await callOk(core, 'audit.list', { recordId: ids[0], limit: 10 }, viewer)).entries).toHaveLength(2);
    expect((await callOk(core, 'audit.list', { username: 'cli', limit: 10 }, viewer)).entries).toHaveLength(1);
    expect((await callOk(core, 'audit.list', { method: 'units.create', limit: 10 }, viewer)).entries).toHaveLength(5);
    const period = { from: '2026-11-20T00:02:00.000Z', to: '2026-11-20T00:04:00+00:00', limit: 10 };
    expect((await callOk(core, 'audit.list', period, viewer)).entries).toHaveLength(2);
    core.close();
  });

  it('reads one record along its own index, whatever else the filter names', async () => {
    const core = await makeTestCore({ clock });
    const { listEntries } = await import('../../../src-main/core/audit/audit-log.repo');
    const plans: string[] = [];
    const spy = {
      all: <T extends object>(sql: string, params?: (string | number | null)[]) => {
        const plan = core.env.store.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, params);
        plans.push(plan.map((p) => p.detail).join('; '));
        return core.env.store.all<T>(sql, params);
      },
      get: () => undefined,
    };
    const filter = { recordId: 'r', kind: 'units', username: 'u', method: 'units.update', from: '2026-01-01T00:00:00Z' };
    listEntries(spy, { filter, limit: 50, withoutAccounts: true });
    listEntries(spy, { filter: { kind: 'units', from: '2026-01-01T00:00:00Z' }, limit: 50, withoutAccounts: false });
    expect(plans[0]).toContain('audit_log_by_record');
    expect(plans[1]).toContain('audit_log_by_kind');
    core.close();
  });

  it('refuses a period that is no moment, and the export to non-administrators', async () => {
    const core = await makeTestCore({ clock });
    expect(await core.call('audit.list', { from: '20/11/2026', limit: 5 }, viewer)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await core.call('audit.exportXlsx', {}, clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    core.close();
  });
});

describe('audit.exportXlsx', () => {
  it('writes the filtered trail with Vietnamese headers and dd/mm/yyyy hh:mm times, read back', async () => {
    const core = await makeTestCore({ clock });
    const unit = await callOk(core, 'units.create', { name: 'Tỉnh Bắc Ninh', kind: 'province' }, clerk);
    await callOk(core, 'units.update', { id: unit.id, name: 'Tỉnh Bắc Giang' }, clerk);
    const file = await callOk(core, 'audit.exportXlsx', { recordId: unit.id }, admin);
    expect(file.rows).toBe(2);
    const wb = await readWorkbook(Buffer.from(file.base64, 'base64'));
    const sheet = wb.getWorksheet('Nhật ký thao tác');
    const values = (n: number) => (sheet?.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual([
      'STT',
      'Thời điểm',
      'Tài khoản',
      'Vai trò',
      'Thao tác',
      'Loại bản ghi',
      'Mã bản ghi',
      'Hành động',
      'Thay đổi',
      'Ghi chú',
    ]);
    // 01:02 UTC is 08:02 in Vietnam.
    expect(values(2).slice(0, 8)).toEqual([1, '20/11/2026 08:02', 'test-clerk', 'Cán bộ', 'units.update', 'Đơn vị', unit.id, 'Sửa']);
    expect(values(2)[8]).toBe('name: Tỉnh Bắc Ninh → Tỉnh Bắc Giang');
    expect(values(3)[7]).toBe('Thêm');
    core.close();
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { admin, callOk, makeTestCore } from '../../fixtures/core';

const lan = { username: 'lan', displayName: 'Nguyễn Thị Ánh Tuyết', role: 'clerk', password: 'mật khẩu của lan' } as const;

describe('users', () => {
  let core: Core;
  beforeEach(async () => {
    core = await makeTestCore();
  });
  afterEach(() => core.close());

  const errorOf = async (name: Parameters<Core['dispatch']>[0], input: unknown) => {
    const r = await core.dispatch(name, input, admin);
    return r.ok ? null : r.error;
  };

  it('creates an account and shows it without any password field, in any answer', async () => {
    const made = await callOk(core, 'users.create', lan);
    expect(made).toMatchObject({
      username: 'lan',
      displayName: 'Nguyễn Thị Ánh Tuyết',
      role: 'clerk',
      disabled: false,
      lockedUntil: null,
      version: 1,
    });
    const answers = [made, await callOk(core, 'users.list', {}), await callOk(core, 'users.update', { id: made.id, displayName: 'Lan' })];
    for (const a of answers) expect(JSON.stringify(a)).not.toMatch(/password|salt|hash|params/i);
  });

  it('stores a salted scrypt hash with its parameters, never the password', async () => {
    await callOk(core, 'users.create', lan);
    await callOk(core, 'users.create', { ...lan, username: 'minh' });
    const rows = core.env.store.all<{ password_hash: string; password_salt: string; password_params: string }>(
      'SELECT password_hash, password_salt, password_params FROM users ORDER BY username',
    );
    expect(rows).toHaveLength(2);
    const [a, b] = rows;
    expect(a?.password_hash).not.toBe(b?.password_hash); // same password, different salts
    expect(Buffer.from(a?.password_salt ?? '', 'base64')).toHaveLength(16);
    expect(JSON.parse(a?.password_params ?? '{}')).toMatchObject({ N: expect.any(Number), r: 8, p: 1 });
    expect(JSON.stringify(rows)).not.toContain(lan.password);
  });

  it('refuses a username already taken, ignoring case, and a short password, in Vietnamese', async () => {
    await callOk(core, 'users.create', lan);
    expect(await errorOf('users.create', { ...lan, username: 'LAN' })).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('"LAN" đã có'),
    });
    expect(await errorOf('users.create', { ...lan, username: 'hoa', password: '123456789' })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['password'], message: 'Mật khẩu cần ít nhất 10 ký tự.' }],
    });
    expect(await errorOf('users.create', { ...lan, username: 'hoà' })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['username'] }],
    });
    expect(await errorOf('users.create', { ...lan, username: 'hoa', role: 'root' })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['role'] }],
    });
  });

  it('never lets the last active administrator be disabled or demoted', async () => {
    const boss = await callOk(core, 'users.create', { ...lan, username: 'quantri', role: 'admin' });
    const refusal = { code: 'CONFLICT', message: expect.stringContaining('quản trị viên duy nhất') };
    expect(await errorOf('users.disable', { id: boss.id, disabled: true })).toMatchObject(refusal);
    expect(await errorOf('users.update', { id: boss.id, role: 'clerk' })).toMatchObject(refusal);
    const second = await callOk(core, 'users.create', { ...lan, username: 'quantri2', role: 'admin' });
    await callOk(core, 'users.disable', { id: boss.id, disabled: true });
    expect(await errorOf('users.update', { id: second.id, role: 'viewer' })).toMatchObject(refusal);
    expect(await callOk(core, 'users.update', { id: second.id, displayName: 'Trưởng phòng' })).toMatchObject({ role: 'admin', version: 2 });
  });

  it('checks the version a change was made against, and answers NOT_FOUND for an unknown account', async () => {
    const made = await callOk(core, 'users.create', lan);
    await callOk(core, 'users.update', { id: made.id, displayName: 'Lan A' });
    expect(await errorOf('users.update', { id: made.id, displayName: 'Lan B', expectedVersion: 1 })).toMatchObject({ code: 'CONFLICT' });
    const ghost = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
    expect(await errorOf('users.resetPassword', { id: ghost, password: 'mật khẩu mới 2026' })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { admin, callOk } from '../../fixtures/core';
import { codeOf, coreWithClock } from './auth-fixture';

const first = { username: 'quantri', displayName: 'Quản trị viên', password: 'mật khẩu quản trị' };

describe('auth.setup: the first administrator', () => {
  let core: Core;
  beforeEach(async () => {
    ({ core } = await coreWithClock());
  });
  afterEach(() => core.close());

  it('says a new database needs it, creates an administrator and signs them in', async () => {
    expect(await callOk(core, 'auth.me', {}, { kind: 'anonymous' })).toEqual({
      user: null,
      owner: false,
      needsSetup: true,
      idleMinutes: 15,
    });
    const r = await callOk(core, 'auth.setup', first, { kind: 'anonymous', address: '127.0.0.1' });
    expect(r.user).toMatchObject({ username: 'quantri', role: 'admin', disabled: false });
    const session = { kind: 'session', token: r.sessionToken } as const;
    expect(await callOk(core, 'auth.me', {}, session)).toMatchObject({ user: { username: 'quantri' }, needsSetup: false });
    expect(await codeOf(core, 'users.list', {}, session)).toBe('ok');
  });

  it('is refused once an account exists, by anyone, and creates nothing', async () => {
    await callOk(core, 'auth.setup', first, { kind: 'anonymous' });
    const again = { ...first, username: 'ke-gian' };
    expect(await codeOf(core, 'auth.setup', again, { kind: 'anonymous' })).toBe('CONFLICT');
    expect(await codeOf(core, 'auth.setup', again, admin)).toBe('CONFLICT');
    expect((await callOk(core, 'users.list', {}, admin)).users).toHaveLength(1);
  });

  it('is refused from another machine on the office network, even on a new database', async () => {
    expect(await codeOf(core, 'auth.setup', first, { kind: 'anonymous', address: '192.168.1.20' })).toBe('FORBIDDEN');
    expect((await callOk(core, 'auth.me', {}, admin)).needsSetup).toBe(true);
  });

  it('holds a new password to at least 10 characters, in Vietnamese', async () => {
    const r = await core.call('auth.setup', { ...first, password: 'ngan' }, { kind: 'anonymous' });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['password'], message: 'Mật khẩu cần ít nhất 10 ký tự.' }] },
    });
  });
});

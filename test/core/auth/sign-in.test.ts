import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Credential } from '../../../src-main/contract/credential';
import type { Core } from '../../../src-main/core/app/open-core';
import { SIGN_IN_REFUSED } from '../../../src-main/core/auth';
import { admin, callOk } from '../../fixtures/core';
import { tableNames, tableRows } from '../../fixtures/table-rows';
import { anAccount, coreWithClock, signedIn } from './auth-fixture';

const anonymousFrom = (address?: string): Credential => ({ kind: 'anonymous', address });
const MINUTE = 60_000;

describe('auth.login', () => {
  let core: Core;
  let advance: (ms: number) => void;
  beforeEach(async () => {
    ({ core, advance } = await coreWithClock());
  });
  afterEach(() => core.close());

  const login = (username: string, password: string, address?: string) =>
    core.call('auth.login', { username, password }, anonymousFrom(address));

  it('signs in with the right password, ignoring the case of the username, and never answers a hash', async () => {
    const { user, password } = await anAccount(core, 'Lan');
    const r = await login('LAN', password);
    expect(r).toMatchObject({ ok: true, data: { user: { id: user.id, username: 'Lan', role: 'clerk', disabled: false } } });
    if (!r.ok) return;
    expect(r.data.sessionToken).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    expect(Date.parse(r.data.expiresAt) - Date.parse('2026-12-01T08:00:00Z')).toBe(12 * 60 * MINUTE);
    expect(JSON.stringify(r)).not.toMatch(/password|salt|params/i);
    const me = await callOk(core, 'auth.me', {}, { kind: 'session', token: r.data.sessionToken });
    expect(me).toMatchObject({ user: { username: 'Lan' }, owner: false, needsSetup: false, idleMinutes: 15 });
  });

  it('gives one message for a wrong password, an unknown user, a disabled and a locked account', async () => {
    const { password } = await anAccount(core, 'lan');
    const disabled = await anAccount(core, 'minh');
    await callOk(core, 'users.disable', { id: disabled.user.id, disabled: true }, admin);
    const locked = await anAccount(core, 'hoa');
    for (let i = 0; i < 5; i++) await login('hoa', 'sai mật khẩu rồi');

    const answers = [
      await login('lan', `${password}x`),
      await login('khong-co-ai', password),
      await login('minh', disabled.password),
      await login('hoa', locked.password),
      await login('', ''),
    ];
    for (const r of answers) expect(r).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: SIGN_IN_REFUSED } });
  });

  it('locks an account for 5 minutes after 5 failures, whatever the address, then lets the right password in', async () => {
    const { password } = await anAccount(core, 'lan');
    for (let i = 0; i < 5; i++) await login('lan', 'sai mật khẩu rồi', `10.0.0.${i}`);
    expect((await login('lan', password, '10.0.0.9')).ok).toBe(false);
    const [view] = (await callOk(core, 'users.list', {}, admin)).users.filter((u) => u.username === 'lan');
    expect(view?.lockedUntil).toBe('2026-12-01T08:05:00.000Z');
    advance(5 * MINUTE - 1000);
    expect((await login('lan', password)).ok).toBe(false);
    advance(1000);
    expect((await login('lan', password)).ok).toBe(true);
  });

  it('locks a client address after 5 failures across usernames, not the accounts tried from elsewhere', async () => {
    const { password } = await anAccount(core, 'lan');
    for (const name of ['an', 'binh', 'chi', 'dung', 'em']) await login(name, 'đoán mò mật khẩu', '192.168.1.50');
    expect((await login('lan', password, '192.168.1.50')).ok).toBe(false);
    expect((await login('lan', password, '192.168.1.51')).ok).toBe(true);
  });

  it('counts a network address in any of its forms (IPv6, IPv4 seen through a dual-stack socket)', async () => {
    const { password } = await anAccount(core, 'lan');
    for (const address of ['fd00::5', '::ffff:192.168.1.60']) {
      for (const name of ['an', 'binh', 'chi', 'dung', 'em']) await login(name, 'đoán mò', address);
      expect((await login('lan', password, address)).ok).toBe(false);
    }
    expect((await login('lan', password, 'fd00::6')).ok).toBe(true);
  });

  it('does not let one loopback client lock out another: the address names the machine, not a client', async () => {
    const { password } = await anAccount(core, 'lan');
    const guesser = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];
    for (const address of guesser) for (const name of ['an', 'binh', 'chi', 'dung', 'em']) await login(name, 'đoán mò', address);
    for (const address of [...guesser, '127.0.0.2']) expect((await login('lan', password, address)).ok).toBe(true);
  });

  it('still locks an account tried from loopback, for every client (the per-account limit stays)', async () => {
    const { password } = await anAccount(core, 'hoa');
    for (let i = 0; i < 5; i++) await login('hoa', 'sai mật khẩu rồi', '127.0.0.1');
    for (const address of ['127.0.0.1', '::1', '192.168.1.20', undefined]) expect((await login('hoa', password, address)).ok).toBe(false);
    advance(5 * MINUTE);
    expect((await login('hoa', password, '127.0.0.1')).ok).toBe(true);
  });

  it('lets an administrator lift a lock by setting a new password', async () => {
    const { user } = await anAccount(core, 'lan');
    for (let i = 0; i < 5; i++) await login('lan', 'sai mật khẩu rồi');
    await callOk(core, 'users.resetPassword', { id: user.id, password: 'mật khẩu mới 2026' }, admin);
    expect((await login('lan', 'mật khẩu mới 2026')).ok).toBe(true);
  });

  it('writes nothing but its audit rows, whether it succeeds or fails', async () => {
    const { password } = await anAccount(core, 'lan');
    // Every table but the audit trail, row by row: a sign-in changes no account, no lockout column, no record.
    const tables = () =>
      tableNames(core.env.store)
        .filter((name) => name !== 'audit_log')
        .map((name) => JSON.stringify(tableRows(core.env.store, name)))
        .join('\n');
    const signIns = () => core.env.store.get<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE method = 'auth.login'")?.n;
    const before = tables();
    const versionBefore = (await callOk(core, 'users.list', {}, admin)).users[0]?.version;
    await login('lan', 'sai mật khẩu rồi');
    await signedIn(core, 'lan', password);
    expect(tables()).toBe(before);
    // The trail logs both (issue 12 item 4): the refused one and the accepted one.
    expect(signIns()).toBe(2);
    expect((await callOk(core, 'users.list', {}, admin)).users[0]?.version).toBe(versionBefore);
  });
});

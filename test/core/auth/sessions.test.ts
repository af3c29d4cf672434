import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { admin, callOk } from '../../fixtures/core';
import { anAccount, codeOf, coreWithClock, signedIn } from './auth-fixture';

const MINUTE = 60_000;

describe('sessions', () => {
  let core: Core;
  let advance: (ms: number) => void;
  beforeEach(async () => {
    ({ core, advance } = await coreWithClock());
  });
  afterEach(() => core.close());

  it('refuses a forged or made-up token, and one of another core', async () => {
    const { password } = await anAccount(core, 'lan');
    const real = await signedIn(core, 'lan', password);
    const other = await coreWithClock();
    await anAccount(other.core, 'lan');
    const foreign = await signedIn(other.core, 'lan', `lan mật khẩu dài`);
    other.core.close();
    const realToken = real.kind === 'session' ? real.token : '';
    for (const token of [
      '',
      'fixture:admin',
      'A'.repeat(43),
      `${realToken.slice(0, -1)}x`,
      foreign.kind === 'session' ? foreign.token : '',
    ]) {
      expect(await codeOf(core, 'units.list', {}, { kind: 'session', token }), token).toBe('UNAUTHORIZED');
    }
    expect(await codeOf(core, 'units.list', {}, real)).toBe('ok');
  });

  it('ends after the idle time, and after 12 hours however busy', async () => {
    const { password } = await anAccount(core, 'lan');
    const idle = await signedIn(core, 'lan', password);
    advance(15 * MINUTE - 1);
    expect(await codeOf(core, 'units.list', {}, idle)).toBe('ok'); // the call renews the idle time
    advance(15 * MINUTE);
    expect(await codeOf(core, 'units.list', {}, idle)).toBe('UNAUTHORIZED');

    const busy = await signedIn(core, 'lan', password);
    for (let h = 0; h < 12 * 6; h++) {
      advance(10 * MINUTE);
      expect(await codeOf(core, 'units.list', {}, busy)).toBe(h < 12 * 6 - 1 ? 'ok' : 'UNAUTHORIZED');
    }
  });

  it('does not count the change feed and auth.me, which a page calls by itself, as activity', async () => {
    const { password } = await anAccount(core, 'lan');
    const session = await signedIn(core, 'lan', password);
    for (let i = 0; i < 14; i++) {
      advance(MINUTE);
      expect(await codeOf(core, 'changes.since', { cursor: null }, session)).toBe('ok');
      expect((await callOk(core, 'auth.me', {}, session)).user?.username).toBe('lan');
    }
    advance(MINUTE);
    expect(await codeOf(core, 'changes.since', { cursor: null }, session)).toBe('UNAUTHORIZED');
  });

  it('uses the idle time an administrator set, at once', async () => {
    const { password } = await anAccount(core, 'lan');
    const session = await signedIn(core, 'lan', password);
    expect(await callOk(core, 'auth.setIdleMinutes', { idleMinutes: 5 }, admin)).toEqual({ idleMinutes: 5 });
    expect((await callOk(core, 'auth.me', {}, session)).idleMinutes).toBe(5);
    advance(5 * MINUTE);
    expect(await codeOf(core, 'units.list', {}, session)).toBe('UNAUTHORIZED');
    expect(await codeOf(core, 'auth.setIdleMinutes', { idleMinutes: 0 }, admin)).toBe('VALIDATION');
  });

  it('refuses a disabled user at once, on a session opened before, and does not revive it on re-enabling', async () => {
    const { user, password } = await anAccount(core, 'lan');
    const session = await signedIn(core, 'lan', password);
    await callOk(core, 'users.disable', { id: user.id, disabled: true }, admin);
    expect(await codeOf(core, 'units.list', {}, session)).toBe('UNAUTHORIZED');
    await callOk(core, 'users.disable', { id: user.id, disabled: false }, admin);
    expect(await codeOf(core, 'units.list', {}, session)).toBe('UNAUTHORIZED');
    expect(await codeOf(core, 'units.list', {}, await signedIn(core, 'lan', password))).toBe('ok');
  });

  it('applies a new role on the next call of an open session', async () => {
    const { user, password } = await anAccount(core, 'lan', 'clerk');
    const session = await signedIn(core, 'lan', password);
    const unit = { name: 'Tỉnh Nam Định', kind: 'province', parentId: null };
    expect(await codeOf(core, 'units.create', unit, session)).toBe('ok');
    await callOk(core, 'users.update', { id: user.id, role: 'viewer' }, admin);
    expect(await codeOf(core, 'units.create', unit, session)).toBe('FORBIDDEN');
  });

  it('ends every session of an account whose password an administrator reset', async () => {
    const { user, password } = await anAccount(core, 'lan');
    const session = await signedIn(core, 'lan', password);
    await callOk(core, 'users.resetPassword', { id: user.id, password: 'mật khẩu mới 2026' }, admin);
    expect(await codeOf(core, 'units.list', {}, session)).toBe('UNAUTHORIZED');
    expect((await core.call('auth.login', { username: 'lan', password }, { kind: 'anonymous' })).ok).toBe(false);
  });

  it('ends only its own session on auth.logout; auth.me then answers nobody', async () => {
    const { password } = await anAccount(core, 'lan');
    const [one, two] = [await signedIn(core, 'lan', password), await signedIn(core, 'lan', password)];
    expect(await callOk(core, 'auth.logout', {}, one)).toEqual({});
    expect(await codeOf(core, 'units.list', {}, one)).toBe('UNAUTHORIZED');
    expect(await callOk(core, 'auth.me', {}, one)).toMatchObject({ user: null, owner: false });
    expect(await codeOf(core, 'units.list', {}, two)).toBe('ok');
    expect(await callOk(core, 'auth.me', {}, admin)).toMatchObject({ user: null, owner: true });
  });
});

describe('a viewer and a clerk at the edge of their roles', () => {
  let core: Core;
  beforeEach(async () => {
    ({ core } = await coreWithClock());
  });
  afterEach(() => core.close());

  it('refuses a viewer a write with FORBIDDEN, and writes nothing', async () => {
    const { password } = await anAccount(core, 'lanhdao', 'viewer');
    const viewer = await signedIn(core, 'lanhdao', password);
    const changes = () => core.env.store.get<{ n: number }>('SELECT total_changes() AS n')?.n;
    const before = changes();
    const r = await core.dispatch('units.create', { name: 'Tỉnh Nam Định', kind: 'province', parentId: null }, viewer);
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(changes()).toBe(before);
    expect((await callOk(core, 'units.list', {}, viewer)).total).toBe(0);
  });

  it('refuses a clerk the administrator methods: accounts, settings, backups, restore', async () => {
    const { password } = await anAccount(core, 'canbo', 'clerk');
    const clerk = await signedIn(core, 'canbo', password);
    const { user } = await anAccount(core, 'khac', 'clerk');
    const attempts: [Parameters<Core['dispatch']>[0], unknown][] = [
      ['users.create', { username: 'hacker', displayName: 'X', role: 'admin', password: 'mật khẩu dài dài' }],
      ['users.update', { id: user.id, role: 'admin' }],
      ['users.resetPassword', { id: user.id, password: 'mật khẩu dài dài' }],
      ['users.disable', { id: user.id, disabled: true }],
      ['users.list', {}],
      ['auth.setIdleMinutes', { idleMinutes: 480 }],
      ['system.settings.update', { officeName: 'A', parentBodyName: 'B', provinceName: 'C', placeName: 'D' }],
      ['system.backups.create', {}],
      ['system.backups.restore', { name: 'x.sqlite' }],
    ];
    for (const [name, input] of attempts) expect(await codeOf(core, name, input, clerk), name).toBe('FORBIDDEN');
    expect((await callOk(core, 'users.list', {}, admin)).users.map((u) => u.username)).toEqual(['canbo', 'khac']);
  });
});

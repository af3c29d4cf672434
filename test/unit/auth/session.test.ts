// The renderer's sign-in state and its lock-and-retry wiring, over a fake transport (window.antq) that
// behaves like the core: sessions, UNAUTHORIZED once a session ends, FORBIDDEN by role.
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Answer {
  ok: boolean;
  data?: unknown;
  error?: { code: string; message: string };
}

const USER = {
  id: 'u1',
  username: 'lan',
  displayName: 'Nguyễn Thị Lan',
  role: 'clerk',
  disabled: false,
  lockedUntil: null,
  createdAt: '',
  updatedAt: '',
  version: 1,
};

/** A fake core behind window.antq: one session at a time, ended by `expire()`. */
function fakeCore(me: { owner?: boolean; needsSetup?: boolean; signedIn?: boolean; noAuth?: boolean } = {}) {
  let session = me.signedIn ?? false;
  const calls: { name: string; input: unknown }[] = [];
  const answer = (name: string, input: unknown): Answer => {
    calls.push({ name, input });
    if (me.noAuth && name.startsWith('auth.')) return { ok: false, error: { code: 'NOT_FOUND', message: 'Không có chức năng.' } };
    if (name === 'auth.me')
      return { ok: true, data: { user: session ? USER : null, owner: !!me.owner, needsSetup: !!me.needsSetup, idleMinutes: 15 } };
    if (name === 'auth.login') {
      const good = (input as { password: string }).password === 'mat-khau-dung-1';
      if (!good) return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' } };
      session = true;
      return { ok: true, data: { user: USER, expiresAt: 'x' } };
    }
    if (name === 'auth.logout') {
      session = false;
      return { ok: true, data: {} };
    }
    if (!session && !me.owner) return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Phiên đăng nhập đã hết hạn.' } };
    return { ok: true, data: { saved: input } };
  };
  return {
    calls,
    expire: () => (session = false),
    client: { call: (name: string, input: unknown) => Promise.resolve(answer(name, input)) },
  };
}

class MemoryStorage {
  private readonly map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

async function freshModules(core: ReturnType<typeof fakeCore>) {
  vi.resetModules();
  vi.stubGlobal('window', { antq: core.client });
  vi.stubGlobal('localStorage', new MemoryStorage());
  const session = await import('../../../src-renderer/lib/session');
  const api = await import('../../../src-renderer/lib/api');
  const permissions = await import('../../../src-renderer/lib/permissions');
  return { session, api, permissions };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the renderer session', () => {
  beforeEach(() => vi.unstubAllGlobals());

  it('lets the owner (loopback token) straight in as the administrator', async () => {
    const { session, permissions } = await freshModules(fakeCore({ owner: true }));
    await session.loadSession();
    expect(session.phase()).toBe('in');
    expect(permissions.can('accounts')).toBe(true);
  });

  it('treats a core without accounts (no auth.me) as the owner, as before', async () => {
    const { session } = await freshModules(fakeCore({ noAuth: true }));
    await session.loadSession();
    expect([session.phase(), session.owner()]).toEqual(['in', true]);
  });

  it('asks for the first administrator on a database without accounts, else for a sign-in', async () => {
    const setup = await freshModules(fakeCore({ needsSetup: true }));
    await setup.session.loadSession();
    expect(setup.session.phase()).toBe('setup');
    const signin = await freshModules(fakeCore());
    await signin.session.loadSession();
    expect(signin.session.phase()).toBe('signin');
    expect(signin.permissions.can('edit')).toBe(false);
  });

  it("refuses a wrong password with the core's message and remembers only the username", async () => {
    const { session } = await freshModules(fakeCore());
    await session.loadSession();
    expect(await session.signIn('lan', 'sai-mat-khau')).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(session.phase()).toBe('signin');
    expect(await session.signIn('lan', 'mat-khau-dung-1')).toBeNull();
    expect(session.phase()).toBe('in');
    expect(session.lastUsername()).toBe('lan');
    expect(JSON.stringify([localStorage.getItem('antq.lastUsername')])).not.toContain('mat-khau');
  });

  it('locks on UNAUTHORIZED and sends the refused call again once the same person signs in', async () => {
    const core = fakeCore();
    const { session, api } = await freshModules(core);
    await session.loadSession();
    await session.signIn('lan', 'mat-khau-dung-1');
    core.expire();
    const pending = api.call('system.status', {});
    await tick();
    expect(session.locked()).toBe(true);
    expect(session.phase()).toBe('in');
    await session.signIn('lan', 'mat-khau-dung-1');
    const result = await pending;
    expect(result.ok).toBe(true);
    expect(session.locked()).toBe(false);
    expect(core.calls.filter((c) => c.name === 'system.status')).toHaveLength(2);
  });

  it('a sign-out while locked answers the waiting call with UNAUTHORIZED, not a hang', async () => {
    const core = fakeCore();
    const { session, api } = await freshModules(core);
    await session.loadSession();
    await session.signIn('lan', 'mat-khau-dung-1');
    core.expire();
    const pending = api.call('system.status', {});
    await tick();
    await session.signOut();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(session.phase()).toBe('signin');
  });

  it('the idle lock ends the session in the core', async () => {
    const core = fakeCore();
    const { session } = await freshModules(core);
    await session.loadSession();
    await session.signIn('lan', 'mat-khau-dung-1');
    session.lock(true);
    await tick();
    expect(session.locked()).toBe(true);
    expect(core.calls.at(-1)?.name).toBe('auth.logout');
  });
});

describe('can(): one place decides what each role sees', () => {
  it('viewer reads only, clerk edits and prints, admin does everything', async () => {
    const { session, permissions } = await freshModules(fakeCore());
    await session.loadSession();
    const actions = ['edit', 'print', 'settings', 'backups', 'restore', 'accounts', 'override', 'catalogues', 'unitList'] as const;
    const row = () => actions.filter((a) => permissions.can(a));
    expect(row()).toEqual([]);
    await session.signIn('lan', 'mat-khau-dung-1');
    expect(row()).toEqual(['edit', 'print']);
    const owner = await freshModules(fakeCore({ owner: true }));
    await owner.session.loadSession();
    expect(actions.filter((a) => owner.permissions.can(a))).toEqual([...actions]);
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Credential } from '../../../src-main/contract/credential';
import type { DispatchResult } from '../../../src-main/core/api/dispatch';
import { FakeContents, recorded } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electronMock);

const { registerApiChannel, unregisterApiChannel, API_CHANNEL } = await import('../../../src-main/shell/ipc');

const USER = { id: 'u1', username: 'lan', displayName: 'Lan', role: 'clerk' };

/** A core that records each call's credential and answers sign-in with a token, as the auth core does. */
function fakeCore() {
  const calls: { name: string; credential: Credential }[] = [];
  const dispatch = async (name: string, _raw: unknown, credential: Credential): Promise<DispatchResult> => {
    calls.push({ name, credential });
    if (name === 'auth.login' || name === 'auth.setup') {
      return { ok: true, data: { user: USER, sessionToken: `secret-${calls.length}`, expiresAt: '2026-12-02T10:00:00Z' } };
    }
    if (name === 'auth.me') return { ok: true, data: { user: USER, owner: false, needsSetup: false, idleMinutes: 7 } };
    return { ok: true, data: {} };
  };
  return { calls, dispatch };
}

/** An invoke event from `contents`, sent by a frame at `url` (top-level unless `parent`). */
function eventFrom(contents: FakeContents, url = 'app://antq/index.html', parent: object | null = null) {
  return { sender: contents, senderFrame: { url, parent } };
}

function invoke(event: object, name: unknown, input: unknown = {}): Promise<DispatchResult> {
  const handler = recorded.ipcHandlers.get(API_CHANNEL);
  if (!handler) throw new Error('no IPC handler registered');
  return handler(event, name, input) as Promise<DispatchResult>;
}

describe('the IPC channel (electron mocked)', () => {
  let core: ReturnType<typeof fakeCore>;
  beforeEach(() => {
    unregisterApiChannel();
    core = fakeCore();
    registerApiChannel(core);
  });

  it('refuses an iframe, another page and a missing frame, without reaching the core', async () => {
    const win = new FakeContents();
    for (const event of [
      eventFrom(win, 'app://antq/index.html', {}),
      eventFrom(win, 'https://example.com/'),
      eventFrom(win, 'file:///opt/antq/out/renderer/index.html'),
      { sender: win, senderFrame: null },
    ]) {
      const r = await invoke(event, 'system.status');
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(core.calls).toEqual([]);
    expect(await invoke(eventFrom(win), 42)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('calls as anonymous before sign-in, keeps the token in the main process and never returns it', async () => {
    const win = new FakeContents();
    await invoke(eventFrom(win), 'auth.me');
    expect(core.calls[0]?.credential).toEqual({ kind: 'anonymous' });
    const login = await invoke(eventFrom(win), 'auth.login', { username: 'lan', password: 'mat-khau-dai-du' });
    expect(login).toEqual({ ok: true, data: { user: USER, expiresAt: '2026-12-02T10:00:00Z' } });
    expect(JSON.stringify(login)).not.toContain('secret');
    await invoke(eventFrom(win), 'units.list');
    expect(core.calls.at(-1)?.credential).toEqual({ kind: 'session', token: 'secret-2' });
  });

  it('keeps each window its own session', async () => {
    const a = new FakeContents();
    const b = new FakeContents();
    await invoke(eventFrom(a), 'auth.login', {});
    await invoke(eventFrom(b), 'units.list');
    expect(core.calls.at(-1)?.credential).toEqual({ kind: 'anonymous' });
  });

  it('passes the idle setting of auth.me through to the renderer', async () => {
    const r = await invoke(eventFrom(new FakeContents()), 'auth.me');
    expect(r).toMatchObject({ ok: true, data: { idleMinutes: 7 } });
  });

  it('drops the token on logout: the next call is anonymous', async () => {
    const win = new FakeContents();
    await invoke(eventFrom(win), 'auth.setup', {});
    await invoke(eventFrom(win), 'auth.logout');
    expect(core.calls.at(-1)).toEqual({ name: 'auth.logout', credential: { kind: 'session', token: 'secret-1' } });
    await invoke(eventFrom(win), 'units.list');
    expect(core.calls.at(-1)?.credential).toEqual({ kind: 'anonymous' });
  });

  it('ends the session in the core when the window closes, and a failed sign-in keeps nothing', async () => {
    const win = new FakeContents();
    await invoke(eventFrom(win), 'auth.login', {});
    win.emit('destroyed');
    expect(core.calls.at(-1)).toEqual({ name: 'auth.logout', credential: { kind: 'session', token: 'secret-1' } });
    const refusing = {
      dispatch: async (): Promise<DispatchResult> => ({
        ok: false,
        error: { code: 'UNAUTHORIZED', message: 'Sai tên đăng nhập hoặc mật khẩu.' },
      }),
    };
    unregisterApiChannel();
    const tokens = registerApiChannel(refusing);
    const other = new FakeContents();
    expect(await invoke(eventFrom(other), 'auth.login', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(tokens.has(other.id)).toBe(false);
  });

  it('a second sign-in in the same window ends the first session', async () => {
    const win = new FakeContents();
    await invoke(eventFrom(win), 'auth.login', {});
    await invoke(eventFrom(win), 'auth.login', {});
    expect(core.calls.at(-1)).toEqual({ name: 'auth.logout', credential: { kind: 'session', token: 'secret-1' } });
    await invoke(eventFrom(win), 'units.list');
    expect(core.calls.at(-1)?.credential).toEqual({ kind: 'session', token: 'secret-2' });
  });

  it("forgets the window's token once the core refuses it (expired, idle, user disabled)", async () => {
    const win = new FakeContents();
    let expired = false;
    const core2 = {
      dispatch: async (name: string, raw: unknown, credential: Credential): Promise<DispatchResult> =>
        expired && name !== 'auth.login'
          ? { ok: false, error: { code: 'UNAUTHORIZED', message: 'Phiên làm việc đã hết hạn.' } }
          : core.dispatch(name, raw, credential),
    };
    unregisterApiChannel();
    const tokens = registerApiChannel(core2);
    await invoke(eventFrom(win), 'auth.login', {});
    expect(tokens.has(win.id)).toBe(true);
    expired = true;
    expect(await invoke(eventFrom(win), 'units.list')).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(tokens.has(win.id)).toBe(false);
  });
});

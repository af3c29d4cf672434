import type { Credential } from '../../../src-main/contract/credential';
import type { Core } from '../../../src-main/core/app/open-core';
import { admin, callOk, makeTestCore } from '../../fixtures/core';

/** A core whose clock a test moves by hand, starting 2026-12-01 08:00 UTC. */
export async function coreWithClock(): Promise<{ core: Core; advance: (ms: number) => void }> {
  let now = Date.parse('2026-12-01T08:00:00Z');
  const core = await makeTestCore({ clock: () => new Date(now) });
  return { core, advance: (ms) => (now += ms) };
}

/** An account made by the administrator, with a known password. */
export async function anAccount(core: Core, username: string, role: 'viewer' | 'clerk' | 'admin' = 'clerk') {
  const password = `${username} mật khẩu dài`;
  const user = await callOk(core, 'users.create', { username, displayName: `Cán bộ ${username}`, role, password }, admin);
  return { user, password };
}

/** Signs in and returns the session credential the transport would keep. */
export async function signedIn(core: Core, username: string, password: string, address?: string): Promise<Credential> {
  const r = await core.call('auth.login', { username, password }, { kind: 'anonymous', address });
  if (!r.ok) throw new Error(`auth.login failed: ${r.error.message}`);
  return { kind: 'session', token: r.data.sessionToken, address };
}

/** The error code of a call, or 'ok'. */
export async function codeOf(core: Core, name: Parameters<Core['dispatch']>[0], input: unknown, who: Credential): Promise<string> {
  const r = await core.dispatch(name, input, who);
  return r.ok ? 'ok' : r.error.code;
}

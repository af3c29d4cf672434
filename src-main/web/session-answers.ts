import type { ServerResponse } from 'node:http';
import { SIGN_IN_METHODS, withoutSessionToken } from '../contract/auth';
import type { Credential } from '../contract/credential';
import type { DispatchResult } from '../core/api/dispatch';
import { clearedSessionCookie, secondsUntil, sessionCookie, type CookieSite } from './session-cookie';

export interface SessionAnswerContext {
  cookies: CookieSite;
  now: () => Date;
  /** Told when a session of this server ends by signing out, so its change streams end too. */
  onSignedOut?: (token: string) => void;
}

/**
 * Signing in needs no session, and an old cookie (expired, or of a disabled account) must not make the
 * core refuse the new sign-in: those calls go as anonymous, with the client's address for the lockout.
 */
export function credentialFor(name: string, credential: Credential): Credential {
  return SIGN_IN_METHODS.has(name) && credential.kind === 'session' ? { kind: 'anonymous', address: credential.address } : credential;
}

/**
 * Turns the core's answer into what the page gets: a sign-in's token becomes the session cookie, a
 * sign-out (or a session the core no longer knows) clears it. Returns the answer to send.
 */
export function sessionAnswer(
  res: ServerResponse,
  call: { name: string; credential: Credential; result: DispatchResult },
  ctx: SessionAnswerContext,
): DispatchResult {
  const { name, credential, result } = call;
  if (SIGN_IN_METHODS.has(name) && result.ok) {
    const { data, token } = withoutSessionToken(result.data);
    if (token !== null) res.setHeader('Set-Cookie', sessionCookie(ctx.cookies, token, secondsUntil(expiresAtOf(data), ctx.now())));
    return { ok: true, data };
  }
  const ended = name === 'auth.logout' || (!result.ok && result.error.code === 'UNAUTHORIZED');
  if (ended && credential.kind === 'session') {
    res.setHeader('Set-Cookie', clearedSessionCookie(ctx.cookies));
    if (name === 'auth.logout') ctx.onSignedOut?.(credential.token);
  }
  return result;
}

/** The session's end as the core gave it; without one the cookie is not kept (Max-Age=0). */
function expiresAtOf(data: unknown): string {
  const expiresAt = typeof data === 'object' && data !== null && 'expiresAt' in data ? data.expiresAt : null;
  return typeof expiresAt === 'string' ? expiresAt : '';
}

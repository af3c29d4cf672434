import type { ServerResponse } from 'node:http';
import { withoutSessionToken } from '../contract/auth';
import type { Credential } from '../contract/credential';
import type { DispatchResult } from '../core/api/dispatch';
import { clearedSessionCookie, secondsUntil, sessionCookie, type CookieSite } from './session-cookie';

/** The methods whose answer opens a session: the token goes into the cookie, never to the page. */
const SIGN_IN = new Set(['auth.login', 'auth.setup']);

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
  return SIGN_IN.has(name) && credential.kind === 'session' ? { kind: 'anonymous', address: credential.address } : credential;
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
  if (SIGN_IN.has(name) && result.ok) {
    const session = sessionOf(result.data);
    if (session) res.setHeader('Set-Cookie', sessionCookie(ctx.cookies, session.token, secondsUntil(session.expiresAt, ctx.now())));
    return { ok: true, data: withoutSessionToken(result.data) };
  }
  const ended = name === 'auth.logout' || (!result.ok && result.error.code === 'UNAUTHORIZED');
  if (ended && credential.kind === 'session') {
    res.setHeader('Set-Cookie', clearedSessionCookie(ctx.cookies));
    if (name === 'auth.logout') ctx.onSignedOut?.(credential.token);
  }
  return result;
}

function sessionOf(data: unknown): { token: string; expiresAt: string } | null {
  if (typeof data !== 'object' || data === null || !('sessionToken' in data) || !('expiresAt' in data)) return null;
  const { sessionToken, expiresAt } = data;
  return typeof sessionToken === 'string' && typeof expiresAt === 'string' ? { token: sessionToken, expiresAt } : null;
}

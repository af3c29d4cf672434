import { ANONYMOUS, type Credential } from '../contract/credential';
import { SIGN_IN_METHODS, withoutSessionToken } from '../contract/auth';
import type { DispatchResult } from '../core/api/dispatch';

/**
 * The session token of each window (by webContents id), kept in the main process: the page never sees it,
 * as a web page never reads its HttpOnly cookie. A window without one calls as anonymous.
 */
const tokens = new Map<number, string>();

/** The credential a window's calls carry. */
export function windowCredential(contentsId: number): Credential {
  const token = tokens.get(contentsId);
  return token === undefined ? ANONYMOUS : { kind: 'session', token };
}

/** The credential of some signed-in window, for the shell's own reads (the change feed); anonymous if none. */
export function anyWindowCredential(): Credential {
  for (const id of tokens.keys()) return windowCredential(id);
  return ANONYMOUS;
}

/**
 * Keeps the token a sign-in answered with (and takes it out of the answer), forgets it on sign-out or when
 * the core refuses it as expired. Returns what the page may see.
 */
export function keepWindowSession(contentsId: number, method: string, result: DispatchResult): DispatchResult {
  if (method === 'auth.logout' || (!result.ok && result.error.code === 'UNAUTHORIZED' && !SIGN_IN_METHODS.has(method))) {
    tokens.delete(contentsId);
  }
  if (!result.ok || !SIGN_IN_METHODS.has(method)) return result;
  const { data, token } = withoutSessionToken(result.data);
  if (token !== null) tokens.set(contentsId, token);
  return { ok: true, data };
}

/** A closed window's session is forgotten with it. */
export function forgetWindowSession(contentsId: number): void {
  tokens.delete(contentsId);
}

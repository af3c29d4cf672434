import type { IncomingMessage } from 'node:http';
import { WEB_OWNER_CREDENTIAL, type Credential } from '../contract/credential';
import { requestToken, tokenMatches } from './auth';
import { readCookie, sessionCookieName } from './session-cookie';

/** How a server lets callers in: the loopback token (the administrator's own use), or accounts only. */
export interface Admission {
  requireAccounts: boolean;
  token: string;
  port: number;
}

/** Who the request is, or why the transport refuses it before the core sees it. */
export type RequestCredential = { ok: true; credential: Credential } | { ok: false; refusal: 'NO_TOKEN' | 'TOKEN_OFF_LOOPBACK' };

/**
 * With accounts required, a token is refused however it is sent, even the right one: it makes whoever
 * holds it the administrator, and on the network it could be read off a screen or a shared link. The
 * session cookie, or nothing (anonymous: the core then allows signing in only), goes to the core with
 * the client's address, which the core's per-address lockout counts.
 */
export function requestCredential(req: IncomingMessage, admission: Admission): RequestCredential {
  if (!admission.requireAccounts) {
    return tokenMatches(admission.token, requestToken(req, admission.port))
      ? { ok: true, credential: WEB_OWNER_CREDENTIAL }
      : { ok: false, refusal: 'NO_TOKEN' };
  }
  if (req.headers.authorization !== undefined || new URL(req.url ?? '/', 'http://x').searchParams.has('token')) {
    return { ok: false, refusal: 'TOKEN_OFF_LOOPBACK' };
  }
  const address = clientAddress(req);
  const token = readCookie(req, sessionCookieName(admission.port));
  return { ok: true, credential: token === undefined ? { kind: 'anonymous', address } : { kind: 'session', token, address } };
}

/** The socket's remote address; an IPv4 client of a dual-stack socket shows as ::ffff:a.b.c.d. */
export function clientAddress(req: IncomingMessage): string | undefined {
  const address = req.socket.remoteAddress;
  return address?.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address;
}

import type { IncomingMessage } from 'node:http';

/** Cookies ignore ports: named after the port, two servers on one machine keep their sessions apart. */
export function sessionCookieName(port: number): string {
  return `antq_session_${port}`;
}

/** What a cookie needs besides its value. */
export interface CookieSite {
  port: number;
  /** Secure: the browser sends the cookie over HTTPS only. */
  tls: boolean;
}

/**
 * HttpOnly keeps the session from page scripts, SameSite=Strict from requests other sites start, Secure
 * (with TLS) from plain HTTP; Max-Age ends it in the browser when the core ends it.
 */
export function sessionCookie(site: CookieSite, token: string, maxAgeSeconds: number): string {
  return [`${sessionCookieName(site.port)}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${Math.max(0, maxAgeSeconds)}`]
    .concat(site.tls ? ['Secure'] : [])
    .join('; ');
}

/** Signing out: the same cookie, emptied and expired at once. */
export function clearedSessionCookie(site: CookieSite): string {
  return sessionCookie(site, '', 0);
}

/** Seconds from `now` to the ISO instant `expiresAt`; a date that does not parse gives 0 (no cookie kept). */
export function secondsUntil(expiresAt: string, now: Date): number {
  const ms = Date.parse(expiresAt) - now.getTime();
  return Number.isFinite(ms) ? Math.max(0, Math.floor(ms / 1000)) : 0;
}

/** The value of cookie `name` in the request, if any. */
export function readCookie(req: Pick<IncomingMessage, 'headers'>, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return value === '' ? undefined : value;
    }
  }
  return undefined;
}

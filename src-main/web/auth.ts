import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A fresh web-mode token: 32 random bytes, URL-safe so it fits in the printed address. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The cookie is named after the port: cookies ignore ports, so two web-mode instances on one machine
 * would otherwise overwrite each other's token.
 */
export function cookieName(port: number): string {
  return `antq_token_${port}`;
}

/** HttpOnly keeps the token from page scripts; SameSite=Strict keeps other sites from riding on it. */
export function tokenCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

/** Constant-time comparison, so response timing does not leak how much of a guess was right. */
export function tokenMatches(expected: string, given: string | undefined | null): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token a request carries: `Authorization: Bearer …` first, else this instance's cookie. */
export function requestToken(req: IncomingMessage, port: number): string | undefined {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim();
  const name = cookieName(port);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

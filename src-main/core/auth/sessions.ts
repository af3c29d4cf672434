import { createHash, randomBytes } from 'node:crypto';

/** A session ends 12 hours after sign-in whatever the activity (issue 12: sessions expire). */
export const SESSION_MAX_MS = 12 * 60 * 60_000;
const TOKEN_BYTES = 32;
/** More live sessions than any office has people; beyond it the oldest go first. */
const MAX_SESSIONS = 5_000;

interface Session {
  userId: string;
  expiresAt: number;
  lastSeenAt: number;
}

/**
 * The open sessions, in the core worker's memory: a restart signs everyone out, and no token is ever
 * written to disk. Sessions are kept under the SHA-256 of their token, so looking one up compares
 * hashes, not the secret, and a heap dump holds no usable token.
 */
export class SessionStore {
  private readonly byDigest = new Map<string, Session>();

  /** Opens a session for `userId`; the token goes to the transport, once. */
  open(userId: string, now: number): { token: string; expiresAt: number } {
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    const expiresAt = now + SESSION_MAX_MS;
    this.prune(now);
    this.byDigest.set(digest(token), { userId, expiresAt, lastSeenAt: now });
    return { token, expiresAt };
  }

  /**
   * The user of a live session, marking it used now if `active`; null for an unknown, expired or idle token
   * (which is then forgotten). `idleMs` is read per call: an administrator's new setting applies at once.
   */
  touch(token: string, now: number, idleMs: number, active = true): string | null {
    const key = digest(token);
    const s = this.byDigest.get(key);
    if (!s) return null;
    if (now >= s.expiresAt || now - s.lastSeenAt >= idleMs) {
      this.byDigest.delete(key);
      return null;
    }
    if (active) s.lastSeenAt = now;
    return s.userId;
  }

  end(token: string): void {
    this.byDigest.delete(digest(token));
  }

  /** Ends every session of an account (disabled, password reset). */
  endAllOf(userId: string): void {
    for (const [key, s] of this.byDigest) if (s.userId === userId) this.byDigest.delete(key);
  }

  private prune(now: number): void {
    for (const [key, s] of this.byDigest) if (now >= s.expiresAt) this.byDigest.delete(key);
    while (this.byDigest.size >= MAX_SESSIONS) {
      const oldest = this.byDigest.keys().next().value;
      if (oldest === undefined) return;
      this.byDigest.delete(oldest);
    }
  }
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

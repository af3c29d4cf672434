import type { Credential } from '../contract/credential';

/**
 * The session token of each window, kept in the main process and keyed by its web contents' id: the
 * renderer never sees it (a compromised page cannot carry it away), and a window without one calls as
 * anonymous (sign-in and first run only).
 */
export class SessionTokens {
  private readonly tokens = new Map<number, string>();

  credentialFor(contentsId: number): Credential {
    const token = this.tokens.get(contentsId);
    return token ? { kind: 'session', token } : { kind: 'anonymous' };
  }

  keep(contentsId: number, token: string): void {
    this.tokens.set(contentsId, token);
  }

  /** Forgets the window's token; returns it, so the caller can end the session in the core. */
  drop(contentsId: number): string | null {
    const token = this.tokens.get(contentsId) ?? null;
    this.tokens.delete(contentsId);
    return token;
  }

  /** Some signed-in window's credential, for the shell's own reads (the change feed); anonymous if none. */
  anyCredential(): Credential {
    for (const id of this.tokens.keys()) return this.credentialFor(id);
    return { kind: 'anonymous' };
  }

  has(contentsId: number): boolean {
    return this.tokens.has(contentsId);
  }
}

/**
 * Takes the session token out of a sign-in's answer before it reaches a page (a script in the page must
 * never read it): returns the answer without it, and the token for the transport to keep (a cookie, the
 * shell's per-window store). Any other answer passes through with `token: null`.
 */
export function withoutSessionToken(data: unknown): { data: unknown; token: string | null } {
  if (typeof data !== 'object' || data === null || !('sessionToken' in data)) return { data, token: null };
  const { sessionToken, ...rest } = data as { sessionToken: unknown };
  return { data: rest, token: typeof sessionToken === 'string' ? sessionToken : null };
}

/** The methods whose successful answer carries a new session token. */
export const SIGN_IN_METHODS: ReadonlySet<string> = new Set(['auth.login', 'auth.setup']);

/**
 * The answer of `auth.login` / `auth.setup` without its `sessionToken`, and the token apart: the
 * transports keep the token (a cookie, the Electron main process) and never hand it to the page.
 * Any other data passes through unchanged with `token: null`.
 */
export function withoutSessionToken(data: unknown): { data: unknown; token: string | null } {
  if (typeof data !== 'object' || data === null || !('sessionToken' in data)) return { data, token: null };
  const { sessionToken, ...rest } = data;
  return { data: rest, token: typeof sessionToken === 'string' ? sessionToken : null };
}

/**
 * `auth.login` and `auth.setup` answer with the session token; a transport keeps it (a cookie, the
 * shell's per-window store) and hands the page the answer without it, so no page script ever sees it.
 */
export function withoutSessionToken<T>(data: T): T {
  if (typeof data !== 'object' || data === null || !('sessionToken' in data)) return data;
  const copy: Record<string, unknown> = { ...data };
  delete copy.sessionToken;
  return copy as T;
}

/**
 * What a transport knows about who is calling, before the core resolves it to a Caller (contract/roles.ts).
 * Transports never build a Caller themselves: sessions live in the core worker's memory, so only the core
 * can say whether a token is still good and which role its account has now.
 *
 * - owner: the CLI, and the loopback web-mode token holder: the office's administrator without an account.
 * - session: a token that `auth.login` or `auth.setup` gave out; `address` is the client's, for the lockout.
 * - anonymous: nobody signed in; may call only the methods whose role is 'anyone'.
 */
export type Credential =
  { kind: 'owner'; name: 'cli' | 'web' } | { kind: 'session'; token: string; address?: string } | { kind: 'anonymous'; address?: string };

/** The CLI's credential: whoever runs it on the office machine is its administrator. */
export const CLI_CREDENTIAL: Credential = Object.freeze({ kind: 'owner', name: 'cli' });

/** The loopback web-mode token holder's credential (the administrator's own use). */
export const WEB_OWNER_CREDENTIAL: Credential = Object.freeze({ kind: 'owner', name: 'web' });

/** No one signed in. */
export const ANONYMOUS: Credential = Object.freeze({ kind: 'anonymous' });

/** True when two credentials are the same caller: the same session token, or the same owner. */
export function sameCaller(a: Credential, b: Credential): boolean {
  if (a.kind === 'session' && b.kind === 'session') return a.token === b.token;
  if (a.kind === 'owner' && b.kind === 'owner') return a.name === b.name;
  return false;
}

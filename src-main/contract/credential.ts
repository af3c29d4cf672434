/**
 * What a transport knows about who is calling, before the core resolves it to a Caller (issue 12).
 * owner: the CLI, and the holder of web mode's loopback token (the administrator without an account).
 * session: a signed-in account's session token; `address` is the client's, for the per-address lockout.
 * anonymous: nobody signed in; may call only the methods whose role is 'anyone' (auth.login and the like).
 */
export type Credential =
  { kind: 'owner'; name: 'cli' | 'web' } | { kind: 'session'; token: string; address?: string } | { kind: 'anonymous'; address?: string };

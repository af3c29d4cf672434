/**
 * What a transport hands the core with each call, instead of a resolved Caller: the core (which keeps the
 * sessions) turns it into one. `owner` is the CLI and the loopback web-mode token holder (the office's
 * administrator without an account); a `session` carries the token of a signed-in account; `anonymous`
 * may call only the methods whose role is 'anyone' (sign-in, first run).
 */
export type Credential =
  { kind: 'owner'; name: 'cli' | 'web' } | { kind: 'session'; token: string; address?: string } | { kind: 'anonymous'; address?: string };

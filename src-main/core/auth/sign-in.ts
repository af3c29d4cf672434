import type { Credential } from '../../contract/credential';
import type { MethodContext } from '../api/define';
import { AppError } from '../api/errors';
import { passwordOf, userByUsername, userView, type UserRecord } from '../users';
import { addressKey, userKey } from './lockout';
import { verifyPassword } from './password';

/**
 * The one answer to every refused sign-in: wrong password, unknown name, disabled or locked account, locked
 * address. Telling them apart would tell an attacker which usernames exist.
 */
export const SIGN_IN_REFUSED =
  'Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khoá. Hãy kiểm tra lại; nếu vẫn không được, chờ 5 phút hoặc nhờ quản trị viên.';

/** A signed-in account's answer: its view, and the session token the transport keeps. */
export function openSession(ctx: MethodContext, user: UserRecord) {
  const now = ctx.env.clock();
  const session = ctx.env.auth.sessions.open(user.id, now.getTime());
  return { user: userView(user, ctx.env.auth, now), sessionToken: session.token, expiresAt: new Date(session.expiresAt).toISOString() };
}

/**
 * Checks a username and password. The password is always hashed, against the account's hash or a dummy
 * one, so every refusal takes the time of a real check; the lock is checked after the hash for the same
 * reason. Failures count per account and per client address (not a loopback one: lockout.ts addressKey).
 */
export function signIn(ctx: MethodContext, input: { username: string; password: string }) {
  const { lockout, dummy } = ctx.env.auth;
  const now = ctx.env.clock().getTime();
  const user = userByUsername(ctx.db, input.username.trim());
  const stored = user ? passwordOf(ctx.db, user.id) : null;
  const matches = verifyPassword(input.password, stored ?? dummy);
  const keys = lockKeys(input.username, ctx.credential);
  const locked = keys.some((key) => lockout.lockedUntil(key, now) !== null);
  if (locked || !user || user.disabled || !matches) {
    if (!locked) for (const key of keys) lockout.fail(key, now);
    throw new AppError('UNAUTHORIZED', SIGN_IN_REFUSED);
  }
  lockout.clear(userKey(user.username));
  return openSession(ctx, user);
}

function lockKeys(username: string, credential: Credential): string[] {
  const address = credential.kind === 'owner' ? undefined : credential.address;
  const byAddress = address ? addressKey(address) : null;
  return byAddress ? [userKey(username), byAddress] : [userKey(username)];
}

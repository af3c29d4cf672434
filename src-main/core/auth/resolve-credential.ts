import type { Credential } from '../../contract/credential';
import type { CoreEnv } from '../api/env';
import { AppError } from '../api/errors';
import type { Caller, MethodRole } from '../api/roles';
import { userById, type UserRecord } from '../users';
import { readIdleMinutes } from './auth-settings.repo';

/**
 * Who calls a method nobody needs to be signed in for (auth.login, auth.me…) without a live session.
 * Its role is never checked: the dispatcher lets a credential without an account reach only 'anyone' methods.
 */
export const ANONYMOUS_CALLER: Caller = Object.freeze({ role: 'viewer', name: 'anonymous', userId: null });

/**
 * Calls a page makes by itself (following the change feed, asking who is signed in): they do not count as
 * the person's activity, or an open tab would never reach its idle time.
 */
const BACKGROUND_METHODS: ReadonlySet<string> = new Set(['changes.since', 'auth.me']);

const SIGNED_OUT = 'Phiên đăng nhập đã hết hạn hoặc không hợp lệ. Hãy đăng nhập lại.';

/**
 * Resolves a transport's credential to the Caller the role check and the handler see. A session is looked
 * up on every call, with its account read from the database: a disabled account or a changed role takes
 * effect on the very next call. A credential that resolves to no account reaches only 'anyone' methods.
 */
export function resolveCaller(env: CoreEnv, credential: Credential, method: { name: string; role: MethodRole }): Caller | AppError {
  if (isOwner(credential)) return { role: 'admin', name: credential.name, userId: null };
  let user: UserRecord | null = null;
  try {
    if (credential.kind === 'session' && typeof credential.token === 'string')
      user = sessionUser(env, credential.token, !BACKGROUND_METHODS.has(method.name));
  } catch {
    // The dispatcher never throws; a database that cannot be read is reported, not taken for "signed out".
    return new AppError('INTERNAL', 'Không kiểm tra được phiên đăng nhập do lỗi đọc cơ sở dữ liệu. Hãy thử lại hoặc báo quản trị viên.');
  }
  if (user) return { role: user.role, name: user.username, userId: user.id };
  if (method.role === 'anyone') return ANONYMOUS_CALLER;
  return new AppError('UNAUTHORIZED', SIGNED_OUT);
}

/** The account of a live session (renewing its idle time if `active`); ends a disabled or deleted account's sessions at once. */
export function sessionUser(env: CoreEnv, token: string, active: boolean): UserRecord | null {
  const now = env.clock().getTime();
  const userId = env.auth.sessions.touch(token, now, readIdleMinutes(env.store) * 60_000, active);
  if (userId === null) return null;
  const user = userById(env.store, userId);
  if (user && !user.disabled) return user;
  env.auth.sessions.endAllOf(userId);
  return null;
}

// Checked at run time too: a credential crosses the worker boundary as plain data.
function isOwner(c: Credential): c is Extract<Credential, { kind: 'owner' }> {
  return c.kind === 'owner' && (c.name === 'cli' || c.name === 'web');
}

import { authContract } from '../../contract/auth/auth.contract';
import { handle } from '../api/define';
import { AppError } from '../api/errors';
import { countUsers, insertUser, userById, userByUsername, userView } from '../users';
import { readIdleMinutes, writeIdleMinutes } from './auth-settings.repo';
import { hashPassword } from './password';
import { openSession, signIn } from './sign-in';

/** Sign in with a username and password (đăng nhập). */
export const login = handle(authContract, 'auth.login', (ctx, input) => signIn(ctx, input));

/** Ends the caller's own session; nothing to do for the CLI or an anonymous caller. */
export const logout = handle(authContract, 'auth.logout', (ctx) => {
  if (ctx.credential.kind === 'session') ctx.env.auth.sessions.end(ctx.credential.token);
  return {};
});

/** Who is signed in, and what the sign-in screen needs to know (first run, idle time). */
export const me = handle(authContract, 'auth.me', (ctx) => {
  const user = ctx.caller.userId === null ? null : userById(ctx.db, ctx.caller.userId);
  return {
    user: user ? userView(user, ctx.env.auth, ctx.env.clock()) : null,
    owner: ctx.credential.kind === 'owner',
    needsSetup: countUsers(ctx.db) === 0,
    idleMinutes: readIdleMinutes(ctx.db),
  };
});

/**
 * The first administrator of a new database, signed in at once. Only while no account exists, and only
 * from this machine: on the office network, whoever reached the page first would own the office.
 */
export const setup = handle(authContract, 'auth.setup', (ctx, input) => {
  if (countUsers(ctx.db) > 0) {
    throw new AppError(
      'CONFLICT',
      'Cơ sở dữ liệu đã có tài khoản nên không tạo tài khoản đầu tiên được nữa. Hãy đăng nhập; quản trị viên tạo thêm tài khoản trong Cài đặt.',
    );
  }
  if (!fromThisMachine(ctx.credential)) {
    throw new AppError(
      'FORBIDDEN',
      'Tài khoản quản trị đầu tiên chỉ được tạo trên chính máy chứa cơ sở dữ liệu (ứng dụng hoặc dòng lệnh).',
    );
  }
  const id = ctx.newId();
  const password = hashPassword(input.password, ctx.env.auth.scrypt);
  insertUser(ctx.db, { id, username: input.username, displayName: input.displayName, role: 'admin', password, now: ctx.now });
  const user = userByUsername(ctx.db, input.username);
  if (!user) throw new Error('the first account was not saved');
  return openSession(ctx, user);
});

/** The idle time before a session ends (administrators). */
export const setIdleMinutes = handle(authContract, 'auth.setIdleMinutes', (ctx, input) => {
  writeIdleMinutes(ctx.db, input.idleMinutes, ctx.now);
  return { idleMinutes: readIdleMinutes(ctx.db) };
});

function fromThisMachine(credential: { kind: string; address?: string }): boolean {
  const address = credential.address;
  return address === undefined || address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

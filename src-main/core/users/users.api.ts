import { usersContract } from '../../contract/users/users.contract';
import { handle, type MethodContext } from '../api/define';
import { AppError } from '../api/errors';
import { assertVersion } from '../api/version-check';
import { userKey } from '../auth/lockout';
import { hashPassword } from '../auth/password';
import type { UserRecord } from './user';
import { assertKeepsAnAdmin } from './user.rules';
import { userView } from './user-view';
import { countActiveAdmins, insertUser, listUsers, setPassword, updateUser, userById, userByUsername } from './users.repo';

const view = (ctx: MethodContext, user: UserRecord) => userView(user, ctx.env.auth, ctx.env.clock());

function existing(ctx: MethodContext, id: string): UserRecord {
  const user = userById(ctx.db, id);
  if (!user) throw new AppError('NOT_FOUND', 'Không tìm thấy tài khoản này; có thể danh sách đã cũ, hãy tải lại.');
  return user;
}

/** Writes a profile change after checking the office keeps an administrator who can sign in. */
function saveProfile(ctx: MethodContext, before: UserRecord, after: UserRecord): UserRecord {
  assertKeepsAnAdmin(before, after, countActiveAdmins(ctx.db));
  updateUser(ctx.db, after, ctx.now);
  return existing(ctx, before.id);
}

/** Every account, by username. */
export const listUsersMethod = handle(usersContract, 'users.list', (ctx) => ({
  users: listUsers(ctx.db).map((u) => view(ctx, u)),
}));

/** A new account; the username is unique ignoring case. */
export const createUser = handle(usersContract, 'users.create', (ctx, input) => {
  if (userByUsername(ctx.db, input.username)) {
    throw new AppError('CONFLICT', `Tên đăng nhập "${input.username}" đã có (không phân biệt chữ hoa, chữ thường). Hãy chọn tên khác.`);
  }
  const id = ctx.newId();
  const password = hashPassword(input.password, ctx.env.auth.scrypt);
  insertUser(ctx.db, { id, username: input.username, displayName: input.displayName, role: input.role, password, now: ctx.now });
  return view(ctx, existing(ctx, id));
});

/** A new display name or role; a demoted user's next call already has the new role. */
export const updateUserMethod = handle(usersContract, 'users.update', (ctx, input) => {
  const before = existing(ctx, input.id);
  assertVersion('tài khoản', input.expectedVersion, userView(before, ctx.env.auth, ctx.env.clock()));
  const after = { ...before, displayName: input.displayName ?? before.displayName, role: input.role ?? before.role };
  return view(ctx, saveProfile(ctx, before, after));
});

/** An administrator sets a new password; the account's sessions end and its lock is lifted. */
export const resetPassword = handle(usersContract, 'users.resetPassword', (ctx, input) => {
  const user = existing(ctx, input.id);
  setPassword(ctx.db, user.id, hashPassword(input.password, ctx.env.auth.scrypt), ctx.now);
  ctx.env.auth.sessions.endAllOf(user.id);
  ctx.env.auth.lockout.clear(userKey(user.username));
  return view(ctx, existing(ctx, user.id));
});

/** Disables or re-enables an account; a disabled account's sessions end at once. */
export const disableUser = handle(usersContract, 'users.disable', (ctx, input) => {
  const before = existing(ctx, input.id);
  const saved = saveProfile(ctx, before, { ...before, disabled: input.disabled });
  if (input.disabled) ctx.env.auth.sessions.endAllOf(before.id);
  return view(ctx, saved);
});

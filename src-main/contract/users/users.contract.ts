import { z } from 'zod';
import { requiredText, uuid } from '../../shared/input.schema';
import { ROLES } from '../roles';

/** Passwords: at least 10 characters (issue 12), bounded so scrypt never hashes a megabyte. */
export const MIN_PASSWORD = 10;
export const Password = z
  .string({ error: 'Hãy nhập mật khẩu.' })
  .min(MIN_PASSWORD, `Mật khẩu phải có ít nhất ${MIN_PASSWORD} ký tự.`)
  .max(256, 'Mật khẩu dài quá 256 ký tự.');

export const Username = requiredText('Tên đăng nhập', 64, 'Hãy nhập tên đăng nhập.');
export const DisplayName = requiredText('Họ và tên', 120, 'Hãy nhập họ và tên.');
export const RoleSchema = z.enum(ROLES, { error: 'Vai trò phải là quản trị, cán bộ hoặc lãnh đạo.' });

/** An account as the API shows it: never a password, its hash or its salt. */
export const UserView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type UserView = z.infer<typeof UserView>;

/** The accounts domain (administrators only). */
export const usersContract = {
  'users.list': {
    role: 'admin',
    summary: 'Danh sách tài khoản.',
    input: z.object({}),
    output: z.object({ users: z.array(UserView) }),
  },
  'users.create': {
    role: 'admin',
    summary: 'Tạo tài khoản.',
    input: z.object({ username: Username, displayName: DisplayName, role: RoleSchema, password: Password }),
    output: UserView,
  },
  'users.update': {
    role: 'admin',
    summary: 'Đổi họ tên hoặc vai trò của một tài khoản.',
    input: z.object({
      id: uuid('Mã tài khoản'),
      displayName: DisplayName.optional(),
      role: RoleSchema.optional(),
      expectedVersion: z.number().int().optional(),
    }),
    output: UserView,
  },
  'users.resetPassword': {
    role: 'admin',
    summary: 'Đặt lại mật khẩu của một tài khoản.',
    input: z.object({ id: uuid('Mã tài khoản'), password: Password }),
    output: UserView,
  },
  'users.disable': {
    role: 'admin',
    summary: 'Khoá hoặc mở lại một tài khoản.',
    input: z.object({ id: uuid('Mã tài khoản'), disabled: z.boolean() }),
    output: UserView,
  },
} as const;

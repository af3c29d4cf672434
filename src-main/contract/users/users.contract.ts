import { z } from 'zod';
import { uuid } from '../../shared/input.schema';
import { defineContract } from '../method-spec';
import { expectedVersion } from '../records/record-version';
import { DisplayName, NewPassword, RoleField, Username } from './user-fields';
import { UserView } from './user-view';

const userId = uuid('Mã tài khoản');

/** Accounts (tài khoản), managed by an administrator. Passwords go in, never come out. */
export const usersContract = defineContract({
  'users.list': {
    role: 'admin',
    summary: 'Danh sách tài khoản.',
    input: z.object({}),
    output: z.object({ users: z.array(UserView) }),
  },
  'users.create': {
    role: 'admin',
    summary: 'Tạo tài khoản (tên đăng nhập không trùng, không phân biệt hoa thường).',
    input: z.object({ username: Username, displayName: DisplayName, role: RoleField, password: NewPassword }),
    output: UserView,
  },
  'users.update': {
    role: 'admin',
    summary: 'Sửa tên hiển thị hoặc vai trò của một tài khoản.',
    input: z.object({ id: userId, displayName: DisplayName.optional(), role: RoleField.optional(), expectedVersion }),
    output: UserView,
  },
  'users.resetPassword': {
    role: 'admin',
    summary: 'Đặt lại mật khẩu của một tài khoản (các phiên đăng nhập của tài khoản đó kết thúc).',
    input: z.object({ id: userId, password: NewPassword }),
    output: UserView,
  },
  'users.disable': {
    role: 'admin',
    summary: 'Khoá hoặc mở khoá một tài khoản (khoá thì các phiên đăng nhập kết thúc ngay).',
    input: z.object({ id: userId, disabled: z.boolean({ error: 'Hãy chọn khoá hay mở khoá.' }) }),
    output: UserView,
  },
});

import { z } from 'zod';
import { defineContract } from '../method-spec';
import { DisplayName, MAX_PASSWORD_LENGTH, NewPassword, Username } from '../users/user-fields';
import { UserView } from '../users/user-view';

/** The idle time bounds (phút): a lock sooner than a minute is unusable, later than a working day pointless. */
export const MIN_IDLE_MINUTES = 1;
export const MAX_IDLE_MINUTES = 480;

/**
 * What a successful sign-in answers. The transport takes `sessionToken` out (withoutSessionToken) before the
 * answer reaches a page: web mode sets it as an HttpOnly cookie, the Electron shell keeps it per window.
 */
export const SignedIn = z.object({ user: UserView, sessionToken: z.string(), expiresAt: z.string() });

/**
 * Sign-in as typed: not held to the new-password rules, so a wrong password of any shape gets the one
 * sign-in refusal, never a message that tells it apart.
 */
const LoginInput = z.object({
  username: z.string({ error: 'Hãy nhập tên đăng nhập.' }).max(200, 'Tên đăng nhập dài quá 200 ký tự.'),
  password: z.string({ error: 'Hãy nhập mật khẩu.' }).max(MAX_PASSWORD_LENGTH, `Mật khẩu dài quá ${MAX_PASSWORD_LENGTH} ký tự.`),
});

const IdleMinutes = z
  .number({ error: 'Thời gian tự khoá phải là số phút.' })
  .int('Thời gian tự khoá phải là số phút nguyên.')
  .min(MIN_IDLE_MINUTES, `Thời gian tự khoá ít nhất ${MIN_IDLE_MINUTES} phút.`)
  .max(MAX_IDLE_MINUTES, `Thời gian tự khoá nhiều nhất ${MAX_IDLE_MINUTES} phút.`);

/** Signing in and out (đăng nhập, đăng xuất), and the first administrator of a new database. */
export const authContract = defineContract({
  'auth.login': { role: 'anyone', summary: 'Đăng nhập bằng tên đăng nhập và mật khẩu.', input: LoginInput, output: SignedIn },
  'auth.logout': { role: 'anyone', summary: 'Đăng xuất (kết thúc phiên đăng nhập này).', input: z.object({}), output: z.object({}) },
  'auth.me': {
    role: 'anyone',
    summary: 'Ai đang đăng nhập, cơ sở dữ liệu đã có tài khoản chưa, thời gian tự khoá.',
    input: z.object({}),
    output: z.object({ user: UserView.nullable(), owner: z.boolean(), needsSetup: z.boolean(), idleMinutes: z.number().int() }),
  },
  'auth.setup': {
    role: 'anyone',
    summary: 'Tạo tài khoản quản trị đầu tiên (chỉ khi chưa có tài khoản nào) và đăng nhập bằng nó.',
    input: z.object({ username: Username, displayName: DisplayName, password: NewPassword }),
    output: SignedIn,
  },
  'auth.setIdleMinutes': {
    role: 'admin',
    summary: 'Đặt thời gian không thao tác (phút) trước khi phiên đăng nhập tự khoá.',
    input: z.object({ idleMinutes: IdleMinutes }),
    output: z.object({ idleMinutes: z.number().int() }),
  },
});

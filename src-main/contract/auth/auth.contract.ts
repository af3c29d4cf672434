import { z } from 'zod';
import { DisplayName, Password, UserView, Username } from '../users/users.contract';

/** What sign-in and first run answer; the transport takes `sessionToken` out before the page sees it. */
export const SignedIn = z.object({ user: UserView, sessionToken: z.string(), expiresAt: z.string() });
export type SignedIn = z.infer<typeof SignedIn>;

export const MeOut = z.object({
  user: UserView.nullable(),
  /** The CLI or the loopback token holder: the administrator without an account. */
  owner: z.boolean(),
  /** No account exists yet: the first run creates the administrator. */
  needsSetup: z.boolean(),
  /** Minutes without activity before the renderer locks. */
  idleMinutes: z.number().int(),
});
export type MeOut = z.infer<typeof MeOut>;

/** Sign-in, sign-out, who am I, first run: callable without a session (role 'anyone'). */
export const authContract = {
  'auth.login': {
    role: 'anyone',
    summary: 'Đăng nhập.',
    input: z.object({ username: Username, password: z.string().max(256) }),
    output: SignedIn,
  },
  'auth.logout': { role: 'anyone', summary: 'Đăng xuất.', input: z.object({}), output: z.object({}) },
  'auth.me': { role: 'anyone', summary: 'Người đang đăng nhập.', input: z.object({}), output: MeOut },
  'auth.setup': {
    role: 'anyone',
    summary: 'Tạo tài khoản quản trị đầu tiên (chỉ khi chưa có tài khoản nào).',
    input: z.object({ username: Username, displayName: DisplayName, password: Password }),
    output: SignedIn,
  },
} as const;

import { z } from 'zod';
import { ROLES } from '../roles';

/** An account as every method shows it (tài khoản). No method ever returns a password hash, salt or its parameters. */
export const UserView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  disabled: z.boolean(),
  /** Until when sign-in is refused after too many failures (ISO time), or null. */
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type UserView = z.output<typeof UserView>;

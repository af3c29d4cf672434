import type { UserView } from '../../contract/users/user-view';
import type { AuthState } from '../auth/auth-state';
import { userKey } from '../auth/lockout';
import type { UserRecord } from './user';

/** An account as methods answer it: its record plus its sign-in lock, never its password. */
export function userView(user: UserRecord, auth: AuthState, now: Date): UserView {
  const locked = auth.lockout.lockedUntil(userKey(user.username), now.getTime());
  return { ...user, lockedUntil: locked === null ? null : new Date(locked).toISOString() };
}

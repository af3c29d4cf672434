import { AppError } from '../api/errors';
import type { UserRecord } from './user';

/**
 * Refuses a change that would leave the office without an administrator who can sign in: nobody could
 * then manage accounts, settings or backups except from the CLI on the office machine.
 */
export function assertKeepsAnAdmin(before: UserRecord, after: UserRecord, activeAdmins: number): void {
  const wasActiveAdmin = before.role === 'admin' && !before.disabled;
  const staysActiveAdmin = after.role === 'admin' && !after.disabled;
  if (wasActiveAdmin && !staysActiveAdmin && activeAdmins <= 1) {
    throw new AppError(
      'CONFLICT',
      `Không thể khoá hoặc đổi vai trò của "${before.username}": đây là quản trị viên duy nhất còn hoạt động. Hãy tạo hoặc mở khoá một quản trị viên khác trước.`,
    );
  }
}

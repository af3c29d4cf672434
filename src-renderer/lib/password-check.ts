import { MIN_PASSWORD_LENGTH as MIN_PASSWORD } from '../../src-main/contract/users/user-fields';

/** A new password typed twice: what is wrong with it, checked before the core checks it again. */
export function passwordProblem(password: string, repeat: string): string | null {
  if (password.length < MIN_PASSWORD) return `Mật khẩu phải có ít nhất ${MIN_PASSWORD} ký tự.`;
  if (password !== repeat) return 'Hai lần nhập mật khẩu không khớp; hãy nhập lại.';
  return null;
}

/** A new account's or the first administrator's fields. */
export function accountProblem(f: { username: string; displayName: string; password: string; repeat: string }): string | null {
  if (!f.username.trim()) return 'Hãy nhập tên đăng nhập.';
  if (!f.displayName.trim()) return 'Hãy nhập họ và tên.';
  return passwordProblem(f.password, f.repeat);
}

export { MIN_PASSWORD };

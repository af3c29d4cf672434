import { createSignal } from 'solid-js';
import { accountProblem, MIN_PASSWORD } from '../../lib/password-check';
import { setUpAdministrator } from '../../lib/session';
import { AccountFields } from './AccountFields';
import { AuthScreen } from './AuthScreen';
import ErrorNotice from '../form/ErrorNotice';

/** The first run (lần chạy đầu): no account exists, so the person installing creates the administrator. */
export function FirstRunForm() {
  const [form, setForm] = createSignal({ username: '', displayName: '', password: '', repeat: '' });
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const problem = accountProblem(form());
    if (problem) return void setError(problem);
    setBusy(true);
    const { username, displayName, password } = form();
    const refused = await setUpAdministrator({ username: username.trim(), displayName: displayName.trim(), password });
    setBusy(false);
    setError(refused);
  }
  return (
    <AuthScreen title="Tạo tài khoản quản trị">
      <p class="muted">
        Cơ sở dữ liệu chưa có tài khoản nào. Tài khoản đầu tiên là quản trị viên: người tạo các tài khoản cán bộ, lãnh đạo và đặt lại mật
        khẩu khi cần.
      </p>
      <form class="auth-form" onSubmit={(e) => void submit(e)}>
        <AccountFields
          idPrefix="setup"
          ownAccount
          values={form()}
          onInput={(key, value) => setForm({ ...form(), [key]: value })}
          passwordHint={`Ít nhất ${MIN_PASSWORD} ký tự. Không ai đọc lại được mật khẩu; nếu quên, quản trị viên đặt mật khẩu mới.`}
        />
        <ErrorNotice message={error()} />
        <button type="submit" class="btn btn-primary" disabled={busy()}>
          {busy() ? 'Đang tạo…' : 'Tạo tài khoản và đăng nhập'}
        </button>
      </form>
    </AuthScreen>
  );
}

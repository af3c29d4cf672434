import { createSignal, Show } from 'solid-js';
import { accountProblem, MIN_PASSWORD } from '../../lib/password-check';
import { setUpAdministrator } from '../../lib/session';
import { AuthScreen } from './AuthScreen';

/** The first run (lần chạy đầu): no account exists, so the person installing creates the administrator. */
export function FirstRunForm() {
  const [form, setForm] = createSignal({ username: '', displayName: '', password: '', repeat: '' });
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const set = (key: keyof ReturnType<typeof form>) => (e: InputEvent & { currentTarget: HTMLInputElement }) =>
    setForm({ ...form(), [key]: e.currentTarget.value });
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
        <div class="field">
          <label for="setup-username">Tên đăng nhập</label>
          <input id="setup-username" autocomplete="username" value={form().username} onInput={set('username')} />
        </div>
        <div class="field">
          <label for="setup-name">Họ và tên</label>
          <input id="setup-name" autocomplete="name" value={form().displayName} onInput={set('displayName')} />
        </div>
        <div class="field">
          <label for="setup-password">Mật khẩu</label>
          <input
            id="setup-password"
            type="password"
            autocomplete="new-password"
            aria-describedby="setup-password-hint"
            value={form().password}
            onInput={set('password')}
          />
          <span id="setup-password-hint" class="field-hint">
            Ít nhất {MIN_PASSWORD} ký tự. Không ai đọc lại được mật khẩu; nếu quên, quản trị viên đặt mật khẩu mới.
          </span>
        </div>
        <div class="field">
          <label for="setup-repeat">Nhập lại mật khẩu</label>
          <input id="setup-repeat" type="password" autocomplete="new-password" value={form().repeat} onInput={set('repeat')} />
        </div>
        <Show when={error()}>
          <p class="notice notice-error" role="alert">
            {error()}
          </p>
        </Show>
        <button type="submit" class="btn btn-primary" disabled={busy()}>
          {busy() ? 'Đang tạo…' : 'Tạo tài khoản và đăng nhập'}
        </button>
      </form>
    </AuthScreen>
  );
}

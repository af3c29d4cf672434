import { createSignal } from 'solid-js';
import { signIn } from '../../lib/session';
import ErrorNotice from '../form/ErrorNotice';

export interface SignInFormProps {
  /** Prefilled username: the last one used, or (lock screen) the signed-in one, then not editable. */
  username: string;
  fixedUsername?: boolean;
  submitLabel?: string;
}

/** Username and password; the core's refusal is shown as it comes (the same text for every wrong case). */
export function SignInForm(props: SignInFormProps) {
  const [username, setUsername] = createSignal(props.username);
  const [password, setPassword] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  async function submit(e: SubmitEvent) {
    e.preventDefault();
    if (!username().trim() || !password()) return void setError('Hãy nhập tên đăng nhập và mật khẩu.');
    setBusy(true);
    const refused = await signIn(username().trim(), password());
    setBusy(false);
    setPassword('');
    setError(refused);
  }
  return (
    <form class="auth-form" onSubmit={(e) => void submit(e)} aria-describedby={error() ? 'signin-error' : undefined}>
      <div class="field">
        <label for="signin-username">Tên đăng nhập</label>
        <input
          id="signin-username"
          name="username"
          autocomplete="username"
          value={username()}
          readOnly={props.fixedUsername}
          autofocus={!props.username}
          onInput={(e) => setUsername(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="signin-password">Mật khẩu</label>
        <input
          id="signin-password"
          name="password"
          type="password"
          autocomplete="current-password"
          autofocus={!!props.username}
          value={password()}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
      </div>
      <ErrorNotice id="signin-error" message={error()} />
      <button type="submit" class="btn btn-primary" disabled={busy()}>
        {busy() ? 'Đang đăng nhập…' : (props.submitLabel ?? 'Đăng nhập')}
      </button>
    </form>
  );
}

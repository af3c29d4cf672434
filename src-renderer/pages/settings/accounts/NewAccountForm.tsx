import { createSignal, For, Show } from 'solid-js';
import type { UserView } from '../../../lib/accounts-api';
import { accountProblem, MIN_PASSWORD } from '../../../lib/password-check';
import { ROLE_LABELS } from '../../../lib/permissions';
import type { AccountsStore } from './accountsStore';

const ROLE_ORDER: UserView['role'][] = ['clerk', 'viewer', 'admin'];
const EMPTY = { username: '', displayName: '', role: 'clerk' as UserView['role'], password: '', repeat: '' };

/** "Thêm tài khoản": a new account with its first password, typed twice. */
export function NewAccountForm(props: { store: AccountsStore }) {
  const [form, setForm] = createSignal({ ...EMPTY });
  const [error, setError] = createSignal<string | null>(null);
  const set = (key: Exclude<keyof typeof EMPTY, 'role'>) => (e: { currentTarget: HTMLInputElement }) =>
    setForm({ ...form(), [key]: e.currentTarget.value });
  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const f = form();
    const problem = accountProblem(f);
    if (problem) return void setError(problem);
    const refused = await props.store.create({
      username: f.username.trim(),
      displayName: f.displayName.trim(),
      role: f.role,
      password: f.password,
    });
    setError(refused);
    if (!refused) setForm({ ...EMPTY });
  }
  return (
    <section class="panel" aria-labelledby="new-account-title">
      <h2 id="new-account-title">Thêm tài khoản</h2>
      <form class="account-form" onSubmit={(e) => void submit(e)}>
        <div class="field">
          <label for="new-username">Tên đăng nhập</label>
          <input id="new-username" autocomplete="off" value={form().username} onInput={set('username')} />
        </div>
        <div class="field">
          <label for="new-name">Họ và tên</label>
          <input id="new-name" autocomplete="off" value={form().displayName} onInput={set('displayName')} />
        </div>
        <div class="field">
          <label for="new-role">Vai trò</label>
          <select id="new-role" value={form().role} onChange={(e) => setForm({ ...form(), role: asRole(e.currentTarget.value) })}>
            <For each={ROLE_ORDER}>{(r) => <option value={r}>{ROLE_LABELS[r]}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="new-password">Mật khẩu</label>
          <input id="new-password" type="password" autocomplete="new-password" value={form().password} onInput={set('password')} />
          <span class="field-hint">Ít nhất {MIN_PASSWORD} ký tự; báo riêng cho người dùng, không ai đọc lại được.</span>
        </div>
        <div class="field">
          <label for="new-repeat">Nhập lại mật khẩu</label>
          <input id="new-repeat" type="password" autocomplete="new-password" value={form().repeat} onInput={set('repeat')} />
        </div>
        <Show when={error()}>
          <p class="notice notice-error" role="alert">
            {error()}
          </p>
        </Show>
        <button type="submit" class="btn btn-primary" disabled={props.store.busy()}>
          Tạo tài khoản
        </button>
      </form>
    </section>
  );
}

export { ROLE_ORDER };

/** The role a <select> chose (its options are ROLE_ORDER). */
export function asRole(value: string): UserView['role'] {
  return ROLE_ORDER.find((r) => r === value) ?? 'clerk';
}

import { createSignal, For } from 'solid-js';
import { AccountFields } from '../../../components/auth/AccountFields';
import type { UserView } from '../../../lib/accounts-api';
import { accountProblem, MIN_PASSWORD } from '../../../lib/password-check';
import { ROLE_LABELS } from '../../../lib/permissions';
import type { AccountsStore } from './accountsStore';
import ErrorNotice from '../../../components/form/ErrorNotice';

const ROLE_ORDER: UserView['role'][] = ['clerk', 'viewer', 'admin'];
const EMPTY = { username: '', displayName: '', role: 'clerk' as UserView['role'], password: '', repeat: '' };

/** "Thêm tài khoản": a new account with its first password, typed twice. */
export function NewAccountForm(props: { store: AccountsStore }) {
  const [form, setForm] = createSignal({ ...EMPTY });
  const [error, setError] = createSignal<string | null>(null);
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
        <AccountFields
          idPrefix="new"
          ownAccount={false}
          values={form()}
          onInput={(key, value) => setForm({ ...form(), [key]: value })}
          passwordHint={`Ít nhất ${MIN_PASSWORD} ký tự; báo riêng cho người dùng, không ai đọc lại được.`}
        >
          <div class="field">
            <label for="new-role">Vai trò</label>
            <select id="new-role" value={form().role} onChange={(e) => setForm({ ...form(), role: asRole(e.currentTarget.value) })}>
              <For each={ROLE_ORDER}>{(r) => <option value={r}>{ROLE_LABELS[r]}</option>}</For>
            </select>
          </div>
        </AccountFields>
        <ErrorNotice message={error()} />
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

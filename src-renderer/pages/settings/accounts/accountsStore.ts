import { createSignal } from 'solid-js';
import { callAccount, type AccountInput, type UserView } from '../../../lib/accounts-api';

/** A finished action's outcome, shown above the list. */
export interface AccountNotice {
  ok: boolean;
  text: string;
}

/** The accounts list (users.list) and the administrator's actions on it; each answer reloads the list. */
export function createAccountsStore() {
  const [users, setUsers] = createSignal<UserView[] | null>(null);
  const [notice, setNotice] = createSignal<AccountNotice | null>(null);
  const [busy, setBusy] = createSignal(false);

  async function load(): Promise<void> {
    const r = await callAccount('users.list', {});
    if (r.ok) setUsers(r.data.users);
    else setNotice({ ok: false, text: r.error.message });
  }

  /** Runs one write; null on success (with `done` as the notice), else the core's message for the dialog. */
  async function write(
    run: () => Promise<{ ok: true } | { ok: false; error: { message: string; issues?: { message: string }[] } }>,
    done: string,
  ) {
    setBusy(true);
    const r = await run();
    setBusy(false);
    if (!r.ok) return r.error.issues?.[0]?.message ?? r.error.message;
    // The list first, then the notice: the caller closes its dialog (and drops a typed password) as soon
    // as this answers, so "done" never shows while the dialog still holds what was typed.
    await load();
    setNotice({ ok: true, text: done });
    return null;
  }

  const create = (input: AccountInput<'users.create'>) =>
    write(() => callAccount('users.create', input), `Đã tạo tài khoản ${input.username}.`);
  const update = (u: UserView, change: { displayName: string; role: UserView['role'] }) =>
    write(() => callAccount('users.update', { id: u.id, ...change, expectedVersion: u.version }), `Đã cập nhật tài khoản ${u.username}.`);
  const resetPassword = (u: UserView, password: string) =>
    write(() => callAccount('users.resetPassword', { id: u.id, password }), `Đã đặt mật khẩu mới cho ${u.username}.`);
  const setDisabled = (u: UserView, disabled: boolean) =>
    write(
      () => callAccount('users.disable', { id: u.id, disabled }),
      disabled ? `Đã khoá tài khoản ${u.username}.` : `Đã mở lại tài khoản ${u.username}.`,
    );

  void load();
  return { users, notice, setNotice, busy, load, create, update, resetPassword, setDisabled };
}

export type AccountsStore = ReturnType<typeof createAccountsStore>;

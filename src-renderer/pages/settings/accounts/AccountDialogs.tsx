import { createEffect, createSignal, For, Show } from 'solid-js';
import ConfirmDialog from '../../../components/form/ConfirmDialog';
import type { UserView } from '../../../lib/accounts-api';
import { passwordProblem, MIN_PASSWORD } from '../../../lib/password-check';
import { ROLE_LABELS } from '../../../lib/permissions';
import { asRole, ROLE_ORDER } from './NewAccountForm';

type Refusal = Promise<string | null>;

/** "Sửa tài khoản": display name and role. */
export function EditAccountDialog(props: {
  user: UserView | null;
  onSave: (u: UserView, c: { displayName: string; role: UserView['role'] }) => Refusal;
  onClose: () => void;
}) {
  const [name, setName] = createSignal('');
  const [role, setRole] = createSignal<UserView['role']>('clerk');
  const [error, setError] = createSignal<string | null>(null);
  createEffect(() => {
    setName(props.user?.displayName ?? '');
    setRole(props.user?.role ?? 'clerk');
    setError(null);
  });
  async function save() {
    const u = props.user;
    if (!u) return;
    if (!name().trim()) return void setError('Hãy nhập họ và tên.');
    const refused = await props.onSave(u, { displayName: name().trim(), role: role() });
    if (refused) setError(refused);
    else props.onClose();
  }
  return (
    <ConfirmDialog
      open={props.user !== null}
      title={`Sửa tài khoản ${props.user?.username ?? ''}`}
      confirmLabel="Lưu"
      onConfirm={() => void save()}
      onCancel={props.onClose}
    >
      <div class="field">
        <label for="edit-name">Họ và tên</label>
        <input id="edit-name" value={name()} onInput={(e) => setName(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="edit-role">Vai trò</label>
        <select id="edit-role" value={role()} onChange={(e) => setRole(asRole(e.currentTarget.value))}>
          <For each={ROLE_ORDER}>{(r) => <option value={r}>{ROLE_LABELS[r]}</option>}</For>
        </select>
      </div>
      <ErrorLine text={error()} />
    </ConfirmDialog>
  );
}

/** "Đặt lại mật khẩu": typed twice, never shown or readable afterwards. */
export function ResetPasswordDialog(props: {
  user: UserView | null;
  onSave: (u: UserView, password: string) => Refusal;
  onClose: () => void;
}) {
  const [password, setPassword] = createSignal('');
  const [repeat, setRepeat] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  createEffect(() => {
    if (!props.user) return;
    setPassword('');
    setRepeat('');
    setError(null);
  });
  async function save() {
    const u = props.user;
    if (!u) return;
    const problem = passwordProblem(password(), repeat());
    if (problem) return void setError(problem);
    const refused = await props.onSave(u, password());
    setPassword('');
    setRepeat('');
    if (refused) setError(refused);
    else props.onClose();
  }
  return (
    <ConfirmDialog
      open={props.user !== null}
      title={`Đặt lại mật khẩu của ${props.user?.username ?? ''}`}
      confirmLabel="Đặt mật khẩu"
      onConfirm={() => void save()}
      onCancel={props.onClose}
    >
      <p class="muted">Mật khẩu mới có ít nhất {MIN_PASSWORD} ký tự. Hãy báo riêng cho người dùng; sau khi lưu không ai xem lại được.</p>
      <div class="field">
        <label for="reset-password">Mật khẩu mới</label>
        <input
          id="reset-password"
          type="password"
          autocomplete="new-password"
          value={password()}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="reset-repeat">Nhập lại mật khẩu mới</label>
        <input
          id="reset-repeat"
          type="password"
          autocomplete="new-password"
          value={repeat()}
          onInput={(e) => setRepeat(e.currentTarget.value)}
        />
      </div>
      <ErrorLine text={error()} />
    </ConfirmDialog>
  );
}

function ErrorLine(props: { text: string | null }) {
  return (
    <Show when={props.text}>
      <p class="notice notice-error" role="alert">
        {props.text}
      </p>
    </Show>
  );
}

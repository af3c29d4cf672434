import { For, Show } from 'solid-js';
import type { UserView } from '../../../lib/accounts-api';
import { formatDateTime } from '../../../lib/format';
import { ROLE_LABELS } from '../../../lib/permissions';

export interface AccountsTableProps {
  users: UserView[];
  /** The signed-in administrator's id: they cannot lock themselves out. */
  selfId: string | null;
  onEdit: (u: UserView) => void;
  onResetPassword: (u: UserView) => void;
  onToggleDisabled: (u: UserView) => void;
}

/** An account's state in words: in use, disabled, or locked after failed sign-ins until a time. */
export function accountState(u: UserView): string {
  if (u.disabled) return 'Đã khoá';
  if (u.lockedUntil) return `Tạm khoá đến ${formatDateTime(u.lockedUntil)} (đăng nhập sai nhiều lần)`;
  return 'Đang dùng';
}

/** The accounts as a table (a real <table>: headers announced with each cell), one row of actions each. */
export function AccountsTable(props: AccountsTableProps) {
  return (
    <table class="table accounts-table" aria-labelledby="accounts-title">
      <thead>
        <tr>
          <th scope="col">Tên đăng nhập</th>
          <th scope="col">Họ và tên</th>
          <th scope="col">Vai trò</th>
          <th scope="col">Trạng thái</th>
          <th scope="col">Cập nhật</th>
          <th scope="col">Thao tác</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.users}>
          {(u) => (
            <tr data-testid={`account-${u.username}`} classList={{ 'account-disabled': u.disabled }}>
              <th scope="row">{u.username}</th>
              <td>{u.displayName}</td>
              <td>{ROLE_LABELS[u.role]}</td>
              <td>{accountState(u)}</td>
              <td class="nowrap">{formatDateTime(u.updatedAt)}</td>
              <td>
                <div class="account-actions">
                  <button type="button" class="btn" aria-label={`Sửa tài khoản ${u.username}`} onClick={() => props.onEdit(u)}>
                    Sửa
                  </button>
                  <button
                    type="button"
                    class="btn"
                    aria-label={`Đặt lại mật khẩu của ${u.username}`}
                    onClick={() => props.onResetPassword(u)}
                  >
                    Đặt lại mật khẩu
                  </button>
                  <Show when={u.id !== props.selfId}>
                    <button
                      type="button"
                      class={u.disabled ? 'btn' : 'btn btn-danger'}
                      aria-label={`${u.disabled ? 'Mở khoá' : 'Khoá'} tài khoản ${u.username}`}
                      onClick={() => props.onToggleDisabled(u)}
                    >
                      {u.disabled ? 'Mở khoá' : 'Khoá'}
                    </button>
                  </Show>
                </div>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

import { createSignal, Show } from 'solid-js';
import ConfirmDialog from '../../../components/form/ConfirmDialog';
import type { UserView } from '../../../lib/accounts-api';
import { user } from '../../../lib/session';
import { EditAccountDialog, ResetPasswordDialog } from './AccountDialogs';
import { AccountsTable } from './AccountsTable';
import { createAccountsStore } from './accountsStore';
import { NewAccountForm } from './NewAccountForm';
import './accounts.css';

/** Cài đặt → Tài khoản (administrators): the office's accounts, a new one, and the changes to each. */
export default function AccountsPage() {
  const store = createAccountsStore();
  const [editing, setEditing] = createSignal<UserView | null>(null);
  const [resetting, setResetting] = createSignal<UserView | null>(null);
  const [toggling, setToggling] = createSignal<UserView | null>(null);
  async function toggle() {
    const u = toggling();
    setToggling(null);
    if (!u) return;
    const refused = await store.setDisabled(u, !u.disabled);
    if (refused) store.setNotice({ ok: false, text: refused });
  }
  return (
    <section class="page">
      <h1 id="accounts-title">Tài khoản</h1>
      <p class="muted">
        Quản trị: tài khoản, cài đặt, sao lưu và khôi phục. Cán bộ: nhập, sửa hồ sơ và in giấy khen. Lãnh đạo: xem, báo cáo và xuất tệp.
      </p>
      <Show when={store.notice()}>
        {(n) => (
          <p class={n().ok ? 'notice notice-ok' : 'notice notice-error'} role={n().ok ? 'status' : 'alert'}>
            {n().text}
          </p>
        )}
      </Show>
      <Show when={store.users()} fallback={<p class="muted">Đang tải…</p>}>
        {(users) => (
          <AccountsTable
            users={users()}
            selfId={user()?.id ?? null}
            onEdit={setEditing}
            onResetPassword={setResetting}
            onToggleDisabled={setToggling}
          />
        )}
      </Show>
      <NewAccountForm store={store} />
      <EditAccountDialog user={editing()} onSave={store.update} onClose={() => setEditing(null)} />
      <ResetPasswordDialog user={resetting()} onSave={store.resetPassword} onClose={() => setResetting(null)} />
      <ConfirmDialog
        open={toggling() !== null}
        title={toggling()?.disabled ? 'Mở khoá tài khoản' : 'Khoá tài khoản'}
        confirmLabel={toggling()?.disabled ? 'Mở khoá' : 'Khoá'}
        danger={!toggling()?.disabled}
        onConfirm={() => void toggle()}
        onCancel={() => setToggling(null)}
      >
        <p>
          {toggling()?.disabled
            ? `Mở lại tài khoản ${toggling()?.username}? Người dùng đăng nhập lại được bằng mật khẩu hiện có.`
            : `Khoá tài khoản ${toggling()?.username}? Người dùng bị đăng xuất ngay và không đăng nhập được đến khi mở lại.`}
        </p>
      </ConfirmDialog>
    </section>
  );
}

import { createMemo, Show } from 'solid-js';
import { can } from '../../lib/permissions';
import { useHashLocation } from '../../lib/router';
import AccountsPage from './accounts/AccountsPage';
import SettingsPage from './SettingsPage';

const ACCOUNTS_PATH = '/settings/accounts';

/** Section "Cài đặt" with its tabs: the general settings and, for administrators, Tài khoản (accounts). */
export default function SettingsSection() {
  const location = useHashLocation();
  const onAccounts = createMemo(() => location().path === ACCOUNTS_PATH && can('accounts'));
  return (
    <>
      <Show when={can('accounts')}>
        <nav class="settings-tabs" aria-label="Các trang cài đặt">
          <a href="#/settings" aria-current={onAccounts() ? undefined : 'page'}>
            Chung
          </a>
          <a href={`#${ACCOUNTS_PATH}`} aria-current={onAccounts() ? 'page' : undefined}>
            Tài khoản
          </a>
        </nav>
      </Show>
      <Show when={onAccounts()} fallback={<SettingsPage />}>
        <AccountsPage />
      </Show>
    </>
  );
}

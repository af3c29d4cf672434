import { createMemo, For, Match, Show, Switch } from 'solid-js';
import { can, type Action } from '../../lib/permissions';
import { useHashLocation } from '../../lib/router';
import AccountsPage from './accounts/AccountsPage';
import ExchangePage from './exchange/ExchangePage';
import SettingsPage from './SettingsPage';

type Tab = 'general' | 'accounts' | 'exchange';

const TABS: { tab: Tab; path: string; label: string; needs: Action }[] = [
  { tab: 'general', path: '/settings', label: 'Chung', needs: 'settings' },
  { tab: 'accounts', path: '/settings/accounts', label: 'Tài khoản', needs: 'accounts' },
  { tab: 'exchange', path: '/settings/exchange', label: 'Trao đổi dữ liệu', needs: 'exchange' },
];

/**
 * Section "Cài đặt" with its tabs: the general settings and, for administrators, Tài khoản (accounts)
 * and Trao đổi dữ liệu (exchange packages). A tab the role may not open shows the general page.
 */
export default function SettingsSection() {
  const location = useHashLocation();
  const current = createMemo<Tab>(
    () => TABS.find((t) => t.tab !== 'general' && t.path === location().path && can(t.needs))?.tab ?? 'general',
  );
  return (
    <>
      <Show when={can('accounts')}>
        <nav class="settings-tabs" aria-label="Các trang cài đặt">
          <For each={TABS.filter((t) => t.tab === 'general' || can(t.needs))}>
            {(t) => (
              <a href={`#${t.path}`} aria-current={current() === t.tab ? 'page' : undefined}>
                {t.label}
              </a>
            )}
          </For>
        </nav>
      </Show>
      <Switch fallback={<SettingsPage />}>
        <Match when={current() === 'accounts'}>
          <AccountsPage />
        </Match>
        <Match when={current() === 'exchange'}>
          <ExchangePage />
        </Match>
      </Switch>
    </>
  );
}

import { createEffect, Match, onCleanup, onMount, Show, Switch, type JSX } from 'solid-js';
import { startIdleLock } from '../../lib/idle-lock';
import { idleMinutes, lastUsername, loadError, loadSession, lock, locked, owner, phase } from '../../lib/session';
import { AuthScreen } from './AuthScreen';
import { FirstRunForm } from './FirstRunForm';
import { LockScreen } from './LockScreen';
import { SignInForm } from './SignInForm';
import './auth.css';

/**
 * Decides what the window shows (issue 12 item 3): the app for the owner or a signed-in account, the
 * first-run form on a database without accounts, else the sign-in form. While signed in, an idle timer
 * locks the app, and the lock screen covers it without unmounting it.
 */
export function AuthGate(props: { children: JSX.Element }) {
  onMount(() => void loadSession());
  createEffect(() => {
    if (phase() !== 'in' || owner()) return;
    onCleanup(startIdleLock(idleMinutes(), () => lock(true)));
  });
  return (
    <Switch>
      <Match when={phase() === 'loading'}>
        <p class="muted auth-loading">Đang tải…</p>
      </Match>
      <Match when={phase() === 'failed'}>
        <AuthScreen title="Không kết nối được">
          <p class="notice notice-error" role="alert">
            {loadError()}
          </p>
        </AuthScreen>
      </Match>
      <Match when={phase() === 'setup'}>
        <FirstRunForm />
      </Match>
      <Match when={phase() === 'signin'}>
        <AuthScreen title="Đăng nhập">
          <SignInForm username={lastUsername()} />
        </AuthScreen>
      </Match>
      <Match when={phase() === 'in'}>
        {props.children}
        <Show when={locked()}>
          <LockScreen />
        </Show>
      </Match>
    </Switch>
  );
}

import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { ApiOutput } from '../../src-main/core/api/contract';
import { call } from './api';

/** How often the status bar asks again: often enough that "Đã lưu" follows the clerk's edits. */
const POLL_MS = 4000;

export interface DatabaseStatusSource {
  status: Accessor<ApiOutput<'system.status'> | null>;
  error: Accessor<string | null>;
  /** Ask now (after a save, a backup, a restore) instead of waiting for the next poll. */
  refresh(): Promise<void>;
}

/** Polls `system.status` while the app is open; the status bar and the settings page read it. */
export function createDatabaseStatus(): DatabaseStatusSource {
  const [status, setStatus] = createSignal<ApiOutput<'system.status'> | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  async function refresh(): Promise<void> {
    const r = await call('system.status', {});
    if (r.ok) {
      setStatus(r.data);
      setError(null);
    } else setError(r.error.message);
  }
  void refresh();
  const timer = setInterval(() => void refresh(), POLL_MS);
  window.addEventListener('focus', refresh);
  onCleanup(() => {
    clearInterval(timer);
    window.removeEventListener('focus', refresh);
  });
  return { status, error, refresh };
}

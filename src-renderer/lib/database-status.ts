import { createRoot, createSignal, type Accessor } from 'solid-js';
import type { ApiOutput } from '../../src-main/contract';
import { call } from './api';

/** How often the status bar asks again: often enough that "Đã lưu" follows the clerk's edits. */
const POLL_MS = 4000;

/** The database's state as `system.status` reports it (trạng thái cơ sở dữ liệu). */
export interface DatabaseStatusSource {
  status: Accessor<ApiOutput<'system.status'> | null>;
  error: Accessor<string | null>;
  /** Ask now (after a backup or a restore) instead of waiting for the next poll. */
  refresh(): Promise<void>;
}

let shared: DatabaseStatusSource | null = null;

/**
 * The one poller of `system.status`, shared by the status bar and the settings page, so both show the
 * same state and a backup made in settings appears in the status bar at once. Lives as long as the app.
 */
export function useDatabaseStatus(): DatabaseStatusSource {
  shared ??= createRoot(() => start());
  return shared;
}

function start(): DatabaseStatusSource {
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
  setInterval(() => void refresh(), POLL_MS);
  window.addEventListener('focus', () => void refresh());
  return { status, error, refresh };
}

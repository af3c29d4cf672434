import { createRoot, createSignal, type Accessor } from 'solid-js';
import type { ApiOutput } from '../../src-main/contract';
import { call, onCallDone } from './api';

/** How often the status bar asks again when nothing happens (a backup or checkpoint in the background). */
const POLL_MS = 4000;
/** After a call, ask soon: "Đã lưu lúc" shows the save just made, not the one before the last poll. */
const AFTER_CALL_MS = 150;

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
  let soon: ReturnType<typeof setTimeout> | undefined;
  onCallDone((name, ok) => {
    if (!ok || name === 'system.status') return;
    clearTimeout(soon);
    soon = setTimeout(() => void refresh(), AFTER_CALL_MS);
  });
  window.addEventListener('focus', () => void refresh());
  return { status, error, refresh };
}

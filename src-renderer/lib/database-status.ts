import { createRoot, createSignal, type Accessor } from 'solid-js';
import type { ApiOutput } from '../../src-main/contract';
import { call } from './api';
import { subscribeAllChanges } from './live';

/** How often the status bar asks again when nothing is saved (a backup or checkpoint in the background). */
const POLL_MS = 4000;
/** After a write, ask soon (writes come in bursts: a paste is one question, not one per row). */
const AFTER_WRITE_MS = 150;

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
  // Event-driven: every write (this window's or another's) comes through the change feed, and only a
  // write changes "Đã lưu lúc"; reads (lists, searches, reports) no longer cost a status call each.
  let soon: ReturnType<typeof setTimeout> | undefined;
  subscribeAllChanges(() => {
    clearTimeout(soon);
    soon = setTimeout(() => void refresh(), AFTER_WRITE_MS);
  });
  window.addEventListener('focus', () => void refresh());
  return { status, error, refresh };
}

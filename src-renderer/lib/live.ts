/**
 * The live change feed in the renderer (issue 10 item 3): views subscribe by kind (the API domain,
 * e.g. 'sessions', 'commendations') and refresh what they show when another window or tab saves. In
 * web mode the server pushes the feed as server-sent events; inside Electron the shell pushes it over
 * IPC (`window.antq.onChanges`), and a preload without it is polled twice a second. A `reset` (the core
 * restarted, or this tab slept long) refreshes every view.
 */
import type { ChangesPage } from '../../src-main/contract/changes/changes.contract';
import { isCallProgress, type CallProgress } from '../../src-main/contract/progress/call-progress';
import { call } from './api';

const POLL_MS = 500;
const listeners = new Map<string, Set<(ids: readonly string[] | null) => void>>();
const anyListeners = new Set<() => void>();
const progressListeners = new Set<(p: CallProgress) => void>();
let started = false;

/** Calls `refresh` after each change of `kind` saved anywhere, with the changed ids (null: many, or all); returns the unsubscribe. */
export function subscribeChanges(kind: string, refresh: (ids: readonly string[] | null) => void): () => void {
  const set = listeners.get(kind) ?? new Set();
  set.add(refresh);
  listeners.set(kind, set);
  start();
  return () => set.delete(refresh);
}

/** Calls `fn` once per delivery that holds any change (a write here or elsewhere, or a reset); returns the unsubscribe. */
export function subscribeAllChanges(fn: () => void): () => void {
  anyListeners.add(fn);
  start();
  return () => anyListeners.delete(fn);
}

/**
 * Calls `fn` with the progress of this window's own long calls (issue 13 item 6), pushed beside the
 * change feed while the call runs; returns the unsubscribe. Without a push (the polling fallback) it
 * never fires and the caller shows only that the call is running.
 */
export function subscribeProgress(fn: (p: CallProgress) => void): () => void {
  progressListeners.add(fn);
  start();
  return () => progressListeners.delete(fn);
}

function deliverProgress(p: unknown): void {
  if (isCallProgress(p)) for (const fn of progressListeners) fn(p);
}

function deliver(page: ChangesPage): void {
  const changes = page.reset ? [...listeners.keys()].map((kind) => ({ kind, ids: null })) : page.changes;
  for (const c of changes) for (const fn of listeners.get(c.kind) ?? []) fn(c.ids);
  if (page.reset || page.changes.length > 0) for (const fn of anyListeners) fn();
}

function start(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  if (window.antq?.onChanges) {
    window.antq.onChanges(deliver);
    window.antq.onProgress?.(deliverProgress);
    return;
  }
  if (!window.antq && typeof EventSource !== 'undefined') {
    const source = new EventSource('/api/changes/stream');
    source.onmessage = (e: MessageEvent<string>) => deliver(JSON.parse(e.data));
    source.addEventListener('progress', (e: MessageEvent<string>) => deliverProgress(JSON.parse(e.data)));
    return;
  }
  void poll(null);
}

async function poll(cursor: string | null): Promise<void> {
  const r = await call('changes.since', { cursor });
  if (r.ok && cursor !== null) deliver(r.data);
  setTimeout(() => void poll(r.ok ? r.data.cursor : cursor), POLL_MS);
}

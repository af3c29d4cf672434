import type { CallProgress } from '../../contract/progress/call-progress';

/** At most this often a running call's progress is passed on (the last step always is). */
const EVERY_MS = 100;

/**
 * The progress of the call running now, for the host to relay to that call's window (the core thread
 * is busy until the call ends, so nothing can ask for it meanwhile). Reports closer together than
 * EVERY_MS are dropped, except a new label and the last step, so a loop may report every row.
 */
export class ProgressFeed {
  private readonly listeners = new Set<(p: CallProgress) => void>();
  private last: { at: number; label: string } | null = null;

  constructor(private readonly clock: () => number = () => performance.now()) {}

  report(p: CallProgress): void {
    if (this.listeners.size === 0) return;
    const at = this.clock();
    const due = !this.last || this.last.label !== p.label || p.done === p.total || at - this.last.at >= EVERY_MS;
    if (!due) return;
    this.last = { at, label: p.label };
    for (const fn of this.listeners) fn(p);
  }

  /** Calls `fn` with each report passed on; returns the unsubscribe. */
  subscribe(fn: (p: CallProgress) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}

/** A handler's progress reporter for one method: `report(label, done, total)`; a no-op without a feed. */
export function progressOf(feed: ProgressFeed | undefined, method: string): (label: string, done: number, total: number) => void {
  return (label, done, total) => feed?.report({ method, label, done: Math.min(done, total), total });
}

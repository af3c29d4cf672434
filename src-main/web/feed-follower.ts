import type { ChangesPage } from '../contract/changes/changes.contract';
import type { DispatchResult } from '../core/api/dispatch';

/** How often the feed is read for a core that does not tell of its writes; the feed is in memory, so this is cheap. */
const POLL_MS = 200;

/** Where a follower's pages go, and what it says when the core stops letting the stream's caller read. */
export interface FeedSink {
  deliver(page: ChangesPage): void;
  refused(): void;
}

/**
 * Follows the change feed for one stream, reading `changes.since` as that stream's caller (so the core
 * checks the session on every read): when the core says a write was recorded, or every POLL_MS for a
 * core that cannot say. One read at a time; notices during a read cause exactly one more. The first read
 * only sets the cursor: what was saved before the stream opened is not news. Returns the stop.
 */
export function followFeed(
  read: (cursor: string | null) => Promise<DispatchResult>,
  onChanged: ((fn: () => void) => () => void) | undefined,
  sink: FeedSink,
): () => void {
  let cursor: string | null = null;
  let reading = false;
  let again = false;
  let stopped = false;
  const next = async (): Promise<void> => {
    if (reading) return void (again = true);
    reading = true;
    const r = await read(cursor);
    reading = false;
    if (stopped) return;
    if (!r.ok && (r.error.code === 'UNAUTHORIZED' || r.error.code === 'FORBIDDEN')) return sink.refused();
    if (r.ok && isPage(r.data)) {
      const first = cursor === null;
      cursor = r.data.cursor;
      if (!first && (r.data.changes.length > 0 || r.data.reset)) sink.deliver(r.data);
    }
    if (again) {
      again = false;
      void next();
    }
  };
  const stopWatching = onChanged ? onChanged(() => void next()) : pollEvery(POLL_MS, () => void next());
  void next();
  return () => {
    stopped = true;
    stopWatching();
  };
}

function pollEvery(ms: number, fn: () => void): () => void {
  const timer = setInterval(fn, ms);
  return () => clearInterval(timer);
}

/** The dispatcher validated the output against ChangesPage already; this narrows `unknown` without a cast. */
function isPage(data: unknown): data is ChangesPage {
  return typeof data === 'object' && data !== null && 'cursor' in data && 'changes' in data && 'reset' in data;
}

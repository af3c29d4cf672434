import type { ChangesPage } from '../../contract/changes/changes.contract';
import type { Dispatch } from './dispatch';
import type { Credential } from '../../contract/credential';

/** What a transport needs to follow the feed: the dispatcher and the host's notice of each write. */
export interface FeedSource {
  dispatch: Dispatch;
  onChanged(fn: () => void): () => void;
}

/**
 * Follows the change feed for a transport that pushes it (the Electron shell): reads `changes.since`
 * with its own cursor when the core says a write was recorded, and hands on each page that has changes
 * or a reset, reading as `credential()` (the transport's signed-in user). One read at a time: notices that arrive during a read cause exactly one more read, so a
 * burst of saves costs a few reads, not one each. Returns the stop.
 */
export function relayChanges(source: FeedSource, deliver: (page: ChangesPage) => void, credential: () => Credential): () => void {
  let cursor: string | null = null;
  let reading = false;
  let again = false;
  let stopped = false;
  const read = async (): Promise<void> => {
    if (reading) return void (again = true);
    reading = true;
    const r = await source.dispatch('changes.since', { cursor }, credential());
    reading = false;
    if (stopped) return;
    if (r.ok && isPage(r.data)) {
      const first = cursor === null;
      cursor = r.data.cursor;
      if (!first && (r.data.changes.length > 0 || r.data.reset)) deliver(r.data);
    }
    if (again) {
      again = false;
      void read();
    }
  };
  const unsubscribe = source.onChanged(() => void read());
  void read(); // the starting cursor: what was saved before now is not news
  return () => {
    stopped = true;
    unsubscribe();
  };
}

/** The dispatcher validated the output against ChangesPage already; this narrows `unknown` without a cast. */
function isPage(data: unknown): data is ChangesPage {
  return typeof data === 'object' && data !== null && 'cursor' in data && 'changes' in data && 'reset' in data;
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { relayChanges, type FeedSource } from '../core/api/change-relay';
import type { Dispatch } from '../core/api/dispatch';
import { WEB_OWNER_CREDENTIAL, type Credential } from '../contract/credential';

/** The path of the stream; the renderer opens it with EventSource. */
export const CHANGE_STREAM_PATH = '/api/changes/stream';
/** How often the relay asks a core that does not tell of its writes; the feed is in memory, so this is a cheap call. */
const POLL_MS = 200;
/** A comment line now and then keeps proxies and the browser from timing the stream out. */
const HEARTBEAT_MS = 15_000;
/** Whoever holds the loopback token reads the feed (kinds and ids of saved records, no personal data). */
const STREAM_CREDENTIAL: Credential = WEB_OWNER_CREDENTIAL;

/**
 * Server-sent events of the change feed (issue 10 item 3): the transport only relays. It follows
 * `changes.since` with its own cursor and sends each non-empty page as one event. With a core host
 * (`onChanged`) it reads the feed when the core records a write, so a tab hears of another tab's save
 * within milliseconds; a core without it is polled every POLL_MS. `closeAll` ends the open streams, so
 * stopping the server does not wait for them.
 */
export function changeStreams(core: { dispatch: Dispatch; onChanged?: FeedSource['onChanged'] }) {
  const { dispatch } = core;
  const open = new Set<() => void>();

  function serve(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write('retry: 1000\n\n');
    const send = (page: unknown) => res.write(`data: ${JSON.stringify(page)}\n\n`);
    const stop = core.onChanged
      ? relayChanges({ dispatch, onChanged: core.onChanged }, send, () => STREAM_CREDENTIAL)
      : pollChanges(dispatch, send);
    const beat = setInterval(() => res.write(': ok\n\n'), HEARTBEAT_MS);
    const end = () => {
      stop();
      clearInterval(beat);
      open.delete(end);
      res.end();
    };
    open.add(end);
    req.on('close', end);
  }

  return {
    serve,
    closeAll: () => {
      for (const end of [...open]) end();
    },
  };
}

/** Follows the feed of a core that does not tell of its writes: a read every POLL_MS. Returns the stop. */
function pollChanges(dispatch: Dispatch, send: (page: unknown) => void): () => void {
  let cursor: string | null = null;
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    const r = await dispatch('changes.since', { cursor }, STREAM_CREDENTIAL);
    busy = false;
    if (!r.ok || typeof r.data !== 'object' || r.data === null) return;
    const page = r.data as { cursor: string; changes: unknown[]; reset: boolean };
    const first = cursor === null;
    cursor = page.cursor;
    if (!first && (page.changes.length > 0 || page.reset)) send(page);
  };
  const poll = setInterval(() => void tick(), POLL_MS);
  void tick();
  return () => clearInterval(poll);
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Credential } from '../contract/credential';
import { followFeed } from './feed-follower';
import { relayOwnProgress } from './progress-relay';
import { sendApiError } from './respond';
import { signedIn } from './signed-in';
import type { WebCore } from './web-core';

/** The path of the stream; the renderer opens it with EventSource. */
export const CHANGE_STREAM_PATH = '/api/changes/stream';
/** A comment line now and then keeps proxies and the browser from timing the stream out. */
const HEARTBEAT_MS = 15_000;

/**
 * Server-sent events of the change feed (issue 10 item 3): the transport only relays, reading the feed
 * as the stream's own caller. A session's stream needs a live session to open and ends when the session
 * does: at once when it signs out through this server, else when the core refuses a read or at the next
 * check (every `sessionCheckMs`: an expiry or a disabled account is noticed without a write to carry it).
 * `closeAll` ends the open streams, so stopping the server does not wait for them.
 */
export function changeStreams(core: WebCore, opts: { sessionCheckMs?: number } = {}) {
  const checkMs = opts.sessionCheckMs ?? HEARTBEAT_MS;
  const open = new Map<() => void, Credential>();

  async function serve(req: IncomingMessage, res: ServerResponse, credential: Credential): Promise<void> {
    if (!(await signedIn(core.dispatch, credential))) return sendApiError(res, { code: 'UNAUTHORIZED', message: 'Hãy đăng nhập trước.' });
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write('retry: 1000\n\n');
    const read = (cursor: string | null) => core.dispatch('changes.since', { cursor }, credential);
    const stop = followFeed(read, core.onChanged, {
      deliver: (page) => res.write(`data: ${JSON.stringify(page)}\n\n`),
      refused: () => end(),
    });
    // Named events: the renderer's onmessage takes only the feed's pages.
    const stopProgress = relayOwnProgress(core, credential, (p) => res.write(`event: progress\ndata: ${JSON.stringify(p)}\n\n`));
    const beat = setInterval(() => res.write(': ok\n\n'), HEARTBEAT_MS);
    const check = credential.kind === 'session' ? setInterval(() => void recheck(), checkMs) : undefined;
    const recheck = async () => {
      if (!(await signedIn(core.dispatch, credential))) end();
    };
    const end = () => {
      if (!open.delete(end)) return;
      stop();
      stopProgress();
      clearInterval(beat);
      clearInterval(check);
      res.end();
    };
    open.set(end, credential);
    req.on('close', end);
  }

  return {
    serve,
    /** Ends the streams of a session that signed out. */
    endSession: (token: string) => {
      for (const [end, credential] of [...open]) if (credential.kind === 'session' && credential.token === token) end();
    },
    closeAll: () => {
      for (const end of [...open.keys()]) end();
    },
  };
}

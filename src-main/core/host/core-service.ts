import type { MessagePort } from 'node:worker_threads';
import type { DispatchResult } from '../api/dispatch';
import type { Core } from '../app/open-core';
import { errorToData, type FromWorker, type ToWorker } from './protocol';

/**
 * The worker side of the core host: opens the core with `open` and answers relayed calls with the
 * dispatcher's results. The store takes the single-writer lock when it opens, so the lock belongs to
 * this thread and is released by its `close`. (`open` is a parameter so a benchmark can serve a core it
 * filled first; the app's worker passes openCore.)
 */
export async function serveCore(port: MessagePort, open: () => Promise<Core>): Promise<void> {
  const send = (message: FromWorker) => port.postMessage(message);
  let core: Core;
  try {
    core = await open();
  } catch (err) {
    send({ type: 'open-failed', error: errorToData(err) });
    port.close();
    return;
  }
  const inProgress = new Set<Promise<DispatchResult>>();
  let closing = false;

  port.on('message', (message: ToWorker) => {
    if (message.type === 'close') {
      if (!closing) void closeWhenIdle();
      closing = true;
      return;
    }
    // The dispatcher queues calls itself and never throws; a call after close cannot reach here (the client refuses it).
    const call = core.dispatch(message.name, message.input, message.credential);
    inProgress.add(call);
    void call.then((result) => {
      inProgress.delete(call);
      send({ type: 'result', id: message.id, result });
    });
  });

  /** Lets calls in progress finish (their answers were promised), then checkpoints and releases the lock. */
  async function closeWhenIdle(): Promise<void> {
    await Promise.all(inProgress);
    try {
      core.close();
      send({ type: 'closed' });
    } catch (err) {
      send({ type: 'close-failed', message: err instanceof Error ? err.message : String(err) });
    }
    port.close();
  }

  // Pushed, not polled: a transport hears of a save as the core records it (the feed itself stays a read).
  core.env.changes?.subscribe(() => send({ type: 'changed' }));
  // Posted while the call still runs: this thread is busy, the host's is not.
  core.env.progress?.subscribe((progress) => send({ type: 'progress', progress }));
  send({ type: 'ready' });
}

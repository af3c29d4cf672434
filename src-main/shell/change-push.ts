import { BrowserWindow } from 'electron';
import { sameCaller } from '../contract/credential';
import type { ProgressListener } from '../core/host/core-host';
import { relayChanges, type FeedSource } from '../core/api/change-relay';
import { rendererEntry } from './paths';
import { isAppUrl } from './trusted-origin';
import type { SessionTokens } from './session-tokens';

/** The one event channel of the change feed; the preload listens on the same name. */
export const CHANGES_CHANNEL = 'changes';
/** The channel of a running call's progress (preload: the same name). */
export const PROGRESS_CHANNEL = 'progress';

/**
 * Pushes the change feed to every window showing the app's own page (issue 10 item 3), as web mode's
 * server-sent events do for tabs: a window hears of a save as the core records it, instead of asking
 * `changes.since` twice a second. Returns the stop.
 */
export function pushChangesToWindows(core: FeedSource, tokens: SessionTokens): () => void {
  return relayChanges(
    core,
    (page) => {
      for (const win of BrowserWindow.getAllWindows()) {
        const contents = win.webContents;
        if (!contents.isDestroyed() && isAppUrl(contents.getURL(), rendererEntry())) contents.send(CHANGES_CHANNEL, page);
      }
    },
    () => tokens.anyCredential(),
  );
}

/**
 * Sends a running call's progress (a package built or applied) to the window that made the call: the
 * core's thread is busy with it, so the window could not ask. Returns the stop.
 */
export function pushProgressToWindows(core: { onProgress(fn: ProgressListener): () => void }, tokens: SessionTokens): () => void {
  return core.onProgress((caller, progress) => {
    for (const win of BrowserWindow.getAllWindows()) {
      const contents = win.webContents;
      if (contents.isDestroyed() || !isAppUrl(contents.getURL(), rendererEntry())) continue;
      if (sameCaller(tokens.credentialFor(contents.id), caller)) contents.send(PROGRESS_CHANNEL, progress);
    }
  });
}

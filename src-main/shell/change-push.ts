import { BrowserWindow } from 'electron';
import { relayChanges, type FeedSource } from '../core/api/change-relay';
import { rendererEntry } from './paths';
import { isAppUrl } from './trusted-origin';
import { anyWindowCredential } from './window-sessions';

/** The one event channel of the change feed; the preload listens on the same name. */
export const CHANGES_CHANNEL = 'changes';

/**
 * Pushes the change feed to every window showing the app's own page (issue 10 item 3), as web mode's
 * server-sent events do for tabs: a window hears of a save as the core records it, instead of asking
 * `changes.since` twice a second. Returns the stop.
 */
export function pushChangesToWindows(core: FeedSource): () => void {
  return relayChanges(
    core,
    (page) => {
      for (const win of BrowserWindow.getAllWindows()) {
        const contents = win.webContents;
        if (!contents.isDestroyed() && isAppUrl(contents.getURL(), rendererEntry())) contents.send(CHANGES_CHANNEL, page);
      }
    },
    anyWindowCredential,
  );
}

import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Dispatch, DispatchResult } from '../core/api/dispatch';
import { rendererEntry } from './paths';
import { isAppUrl } from './trusted-origin';
import { forgetWindowSession, keepWindowSession, windowCredential } from './window-sessions';

/** The one IPC channel; the preload uses the same name. */
export const API_CHANNEL = 'api';

/**
 * Serves `window.antq.call` from the preload. Answers are always an ApiResult, never a thrown error:
 * Electron drops custom error fields on invoke (electron/electron#24427). Each window calls with its own
 * session (window-sessions.ts), anonymous until it signs in.
 */
export function registerApiChannel(core: { dispatch: Dispatch }): void {
  const seen = new Set<number>();
  ipcMain.handle(API_CHANNEL, (event: IpcMainInvokeEvent, name: unknown, input: unknown): Promise<DispatchResult> | DispatchResult => {
    if (!fromAppFrame(event)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Yêu cầu không đến từ cửa sổ của ứng dụng nên bị từ chối.' } };
    }
    if (typeof name !== 'string') return { ok: false, error: { code: 'NOT_FOUND', message: 'Tên chức năng không hợp lệ.' } };
    const id = event.sender.id;
    if (!seen.has(id)) {
      seen.add(id);
      event.sender.once('destroyed', () => (seen.delete(id), forgetWindowSession(id)));
    }
    return core.dispatch(name, input, windowCredential(id)).then((result) => keepWindowSession(id, name, result));
  });
}

export function unregisterApiChannel(): void {
  ipcMain.removeHandler(API_CHANNEL);
}

/** Only the app's own top-level page may call: never an iframe, never a page it was navigated to. */
function fromAppFrame(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url, rendererEntry());
}

import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { SIGN_IN_METHODS, withoutSessionToken } from '../contract/auth';
import type { Credential } from '../contract/credential';
import type { DispatchResult } from '../core/api/dispatch';
import { rendererEntry } from './paths';
import { SessionTokens } from './session-tokens';
import { isAppUrl } from './trusted-origin';

/** The one IPC channel; the preload uses the same name. */
export const API_CHANNEL = 'api';

/** The core's entry point as the transports see it: the core resolves the credential to a caller. */
export interface CredentialCore {
  dispatch(name: string, raw: unknown, credential: Credential): Promise<DispatchResult>;
}

/**
 * Serves `window.antq.call` from the preload. Answers are always an ApiResult, never a thrown error:
 * Electron drops custom error fields on invoke (electron/electron#24427). Each window calls with its own
 * session (`tokens`); the token of a sign-in is kept here and taken out of the answer.
 */
export function registerApiChannel(core: CredentialCore, tokens = new SessionTokens()): SessionTokens {
  const watched = new WeakSet<WebContents>();
  const keepToken = (contents: WebContents, token: string) => {
    // A window signing in again ends its previous session; a closed window's session ends with it.
    const previous = tokens.drop(contents.id);
    if (previous) void core.dispatch('auth.logout', {}, { kind: 'session', token: previous });
    if (!watched.has(contents)) {
      watched.add(contents);
      const id = contents.id;
      contents.once('destroyed', () => endSession(core, tokens, id));
    }
    tokens.keep(contents.id, token);
  };
  ipcMain.handle(API_CHANNEL, async (event: IpcMainInvokeEvent, name: unknown, input: unknown): Promise<DispatchResult> => {
    if (!fromAppFrame(event)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Yêu cầu không đến từ cửa sổ của ứng dụng nên bị từ chối.' } };
    }
    if (typeof name !== 'string') return { ok: false, error: { code: 'NOT_FOUND', message: 'Tên chức năng không hợp lệ.' } };
    const contents = event.sender;
    const result = await core.dispatch(name, input, tokens.credentialFor(contents.id));
    // A sign-out, or a session the core no longer knows (expired, idle, user disabled), leaves the window anonymous.
    if (name === 'auth.logout' || (!result.ok && result.error.code === 'UNAUTHORIZED' && !SIGN_IN_METHODS.has(name))) {
      tokens.drop(contents.id);
    }
    if (!result.ok || !SIGN_IN_METHODS.has(name)) return result;
    const { data, token } = withoutSessionToken(result.data);
    if (token) keepToken(contents, token);
    return { ok: true, data };
  });
  return tokens;
}

export function unregisterApiChannel(): void {
  ipcMain.removeHandler(API_CHANNEL);
}

function endSession(core: CredentialCore, tokens: SessionTokens, contentsId: number): void {
  const token = tokens.drop(contentsId);
  if (token) void core.dispatch('auth.logout', {}, { kind: 'session', token });
}

/** Only the app's own top-level page may call: never an iframe, never a page it was navigated to. */
function fromAppFrame(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url, rendererEntry());
}

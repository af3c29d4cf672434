/**
 * The renderer's one way to reach the core. Inside Electron the preload exposes `window.antq.call` (IPC);
 * in web mode the same call goes to `POST /api/<name>` with the HttpOnly token cookie. Both answer with
 * the dispatcher's `ApiResult`, so pages never know which transport they run on.
 */
import type { ApiClient, ApiError, ApiInput, ApiResult, MethodName } from '../../src-main/contract';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser (web mode). */
    antq?: ApiClient;
  }
}

/** Told of every answered call (the navigation recounts unsaved rows after a draft is kept or dropped). */
export type CallListener = (name: MethodName, ok: boolean) => void;
const callListeners = new Set<CallListener>();

export function onCallDone(fn: CallListener): () => void {
  callListeners.add(fn);
  return () => callListeners.delete(fn);
}

/**
 * Asked when a call answers UNAUTHORIZED (the session expired or idled out): shows the lock screen and
 * resolves true once the same person has signed in again, false when there is no session to renew.
 */
export type Reauthenticate = () => Promise<boolean>;
let reauthenticate: Reauthenticate | null = null;

export function setReauthenticate(fn: Reauthenticate | null): void {
  reauthenticate = fn;
}

/**
 * Calls an API method. Never throws: transport failures come back as `{ok: false}` in Vietnamese. A call
 * refused for an expired session waits for the lock screen and is sent again: the core refused it before
 * doing anything, so what the clerk was saving is saved after signing in, not lost.
 */
export async function call<N extends MethodName>(name: N, input: ApiInput<N>): Promise<ApiResult<N>> {
  let result = await send(name, input);
  while (!result.ok && result.error.code === 'UNAUTHORIZED' && reauthenticate && (await reauthenticate())) {
    result = await send(name, input);
  }
  for (const fn of callListeners) fn(name, result.ok);
  return result;
}

/**
 * The transport alone, for methods outside the typed contract of this build (the accounts' auth.* and
 * users.*, lib/accounts-api.ts): no lock-screen retry, no listeners.
 */
export function sendByName(name: string, input: unknown): Promise<{ ok: true; data: unknown } | { ok: false; error: ApiError }> {
  // The contract's MethodName narrows only the compile-time name; the transports take any string.
  return send(name as MethodName, input as ApiInput<MethodName>);
}

/** Below the browsers' 64 KB budget for requests that outlive their page, with room for the headers. */
const KEEPALIVE_MAX = 60_000;

async function send<N extends MethodName>(name: N, input: ApiInput<N>): Promise<ApiResult<N>> {
  if (window.antq) {
    try {
      return await window.antq.call(name, asPlainData(input));
    } catch {
      // The main process answers with an ApiResult; a rejection means the IPC channel itself broke.
      return transportFailure('Mất kết nối với phần xử lý của ứng dụng. Hãy khởi động lại ứng dụng.');
    }
  }
  let response: Response;
  const body = JSON.stringify(input ?? {});
  try {
    response = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body,
      // A draft sent as the page goes (form-draft.ts, grid-drafts.ts) must reach the core after it:
      // browsers finish keepalive requests of up to 64 KB in all; a larger one is sent as any other.
      keepalive: (name === 'drafts.save' || name === 'drafts.discard') && new TextEncoder().encode(body).length < KEEPALIVE_MAX,
    });
  } catch {
    return transportFailure('Không kết nối được với máy chủ của ứng dụng. Hãy kiểm tra chế độ web còn đang chạy.');
  }
  try {
    // The codebase's only cast: the HTTP body is the dispatcher's ApiResult for `name`, which the core
    // validated against the method's output schema before sending; JSON cannot carry that type itself.
    return (await response.json()) as ApiResult<N>;
  } catch {
    return transportFailure(`Máy chủ trả lời không hợp lệ (mã ${response.status}).`);
  }
}

/**
 * IPC copies arguments with structured clone, which refuses Solid store proxies and keeps Dates as Dates;
 * HTTP sends JSON. Passing the same JSON-shaped data on both keeps the two transports indistinguishable.
 */
function asPlainData<T>(input: T): T {
  return JSON.parse(JSON.stringify(input ?? {}));
}

function transportFailure<N extends MethodName>(message: string): ApiResult<N> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

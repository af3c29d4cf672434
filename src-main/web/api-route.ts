import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiDescription } from '../contract/describe-api';
import type { Credential } from '../contract/credential';
import { readJsonBody } from './read-body';
import { sendApiError, sendJson } from './respond';
import { credentialFor, sessionAnswer, type SessionAnswerContext } from './session-answers';
import { signedIn } from './signed-in';
import type { CredentialDispatch } from './web-core';

/** Nobody signed in may only sign in: a few hundred bytes. A stranger on the network gets no 32 MB buffers. */
export const ANONYMOUS_MAX_BODY_BYTES = 16 * 1024;

export interface ApiRouteDeps extends SessionAnswerContext {
  dispatch: CredentialDispatch;
  schema: ApiDescription;
  maxBodyBytes: number;
  /** On the office network the first administrator is never created through the server (see below). */
  requireAccounts: boolean;
}

/** `GET /api/schema` and `POST /api/<method>`, for the caller the transport admitted. */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  call: { credential: Credential; deps: ApiRouteDeps },
): Promise<void> {
  const { credential, deps } = call;
  const name = safeDecode(path.slice('/api/'.length)) ?? '';
  if (name === 'schema' && (req.method === 'GET' || req.method === 'HEAD')) {
    if (!(await signedIn(deps.dispatch, credential))) return sendApiError(res, { code: 'UNAUTHORIZED', message: 'Hãy đăng nhập trước.' });
    return sendJson(res, 200, deps.schema);
  }
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return sendApiError(res, { code: 'NOT_FOUND', message: 'Chức năng API chỉ nhận yêu cầu POST.' }, 405);
  }
  // A JSON content type forces a CORS preflight on cross-site requests; plain HTML forms cannot send it.
  if (!isJson(req.headers['content-type'])) {
    return sendApiError(res, { code: 'VALIDATION', message: 'Yêu cầu phải gửi dữ liệu JSON (Content-Type: application/json).' }, 415);
  }
  // Whoever reaches the network address first must not make themselves the administrator.
  if (deps.requireAccounts && name === 'auth.setup') {
    const message = 'Tài khoản quản trị đầu tiên phải được tạo trên chính máy chủ (npm run cli -- users add …), không qua mạng.';
    return sendApiError(res, { code: 'FORBIDDEN', message }, 200);
  }
  const maxBytes = credential.kind === 'anonymous' ? Math.min(ANONYMOUS_MAX_BODY_BYTES, deps.maxBodyBytes) : deps.maxBodyBytes;
  const body = await readJsonBody(req, maxBytes);
  if (!body.ok) {
    return body.problem === 'TOO_LARGE'
      ? sendApiError(res, { code: 'VALIDATION', message: `Dữ liệu gửi lên quá lớn (tối đa ${sizeText(maxBytes)}).` }, 413)
      : sendApiError(res, { code: 'VALIDATION', message: 'Dữ liệu gửi lên không phải JSON hợp lệ.' });
  }
  // Whatever the core answers is a 200, as over IPC: the status says the call reached the core, the body
  // says how it went. Error statuses on every refused save would also fill the browser console.
  const result = await deps.dispatch(name, body.value, credentialFor(name, credential));
  sendJson(res, 200, sessionAnswer(res, { name, credential, result }, deps));
}

function sizeText(bytes: number): string {
  return bytes >= 1048576 ? `${Math.round(bytes / 1048576)} MB` : `${Math.round(bytes / 1024)} KB`;
}

function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiDescription } from '../contract/describe-api';
import type { Credential } from '../contract/credential';
import { readJsonBody } from './read-body';
import { sendApiError, sendJson } from './respond';
import { credentialFor, sessionAnswer, type SessionAnswerContext } from './session-answers';
import { signedIn } from './signed-in';
import type { CredentialDispatch } from './web-core';

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
  const body = await readJsonBody(req, deps.maxBodyBytes);
  if (!body.ok) {
    return body.problem === 'TOO_LARGE'
      ? sendApiError(
          res,
          { code: 'VALIDATION', message: `Dữ liệu gửi lên quá lớn (tối đa ${Math.round(deps.maxBodyBytes / 1048576)} MB).` },
          413,
        )
      : sendApiError(res, { code: 'VALIDATION', message: 'Dữ liệu gửi lên không phải JSON hợp lệ.' });
  }
  // Whatever the core answers is a 200, as over IPC: the status says the call reached the core, the body
  // says how it went. Error statuses on every refused save would also fill the browser console.
  const result = await deps.dispatch(name, body.value, credentialFor(name, credential));
  sendJson(res, 200, sessionAnswer(res, { name, credential, result }, deps));
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

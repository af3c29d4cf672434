import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Dispatch } from '../core/api/dispatch';
import type { ApiDescription } from '../contract/describe-api';
import { WEB_OWNER_CREDENTIAL, type Credential } from '../contract/credential';
import { readJsonBody } from './read-body';
import { sendApiError, sendJson } from './respond';

/** On loopback, whoever holds the token is the office's administrator without an account (issue 12 item 3). */
const WEB_CREDENTIAL: Credential = WEB_OWNER_CREDENTIAL;

export interface ApiRouteDeps {
  dispatch: Dispatch;
  schema: ApiDescription;
  maxBodyBytes: number;
}

/** `GET /api/schema` and `POST /api/<method>`; the request is already authenticated. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, deps: ApiRouteDeps): Promise<void> {
  const name = safeDecode(path.slice('/api/'.length));
  if (name === 'schema' && (req.method === 'GET' || req.method === 'HEAD')) return sendJson(res, 200, deps.schema);
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return sendApiError(res, { code: 'NOT_FOUND', message: 'Chức năng API chỉ nhận yêu cầu POST.' }, 405);
  }
  // A JSON content type forces a CORS preflight on cross-site requests; plain HTML forms cannot send it.
  if (!isJson(req.headers['content-type'])) {
    return sendApiError(res, { code: 'VALIDATION', message: 'Yêu cầu phải gửi dữ liệu JSON (Content-Type: application/json).' }, 415);
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
  sendJson(res, 200, await deps.dispatch(name ?? '', body.value, WEB_CREDENTIAL));
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

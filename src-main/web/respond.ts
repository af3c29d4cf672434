import type { ServerResponse } from 'node:http';
import type { ApiError, ErrorCode } from '../core/api/errors';

/** HTTP status for the transport's own refusals (token, origin, body); the body is the API's `{ok:false, error}`. */
const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  EXISTS: 409,
  DISK_FULL: 507,
  INTERNAL: 500,
};

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    // API answers hold office records: never keep them in a browser or proxy cache.
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

export function sendApiError(res: ServerResponse, error: ApiError, status = STATUS[error.code]): void {
  sendJson(res, status, { ok: false, error });
}

/** A short Vietnamese page for a browser that reached the server without the token. */
export function sendHtmlMessage(res: ServerResponse, status: number, title: string, text: string): void {
  const html =
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head>` +
    `<body style="font-family:sans-serif;max-width:40rem;margin:4rem auto;line-height:1.5"><h1>${title}</h1><p>${text}</p></body></html>`;
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
  });
  res.end(html);
}

import { createServer, type IncomingMessage, type Server, type ServerOptions, type ServerResponse } from 'node:http';
import type { Dispatch } from '../core/api/dispatch';
import { contract } from '../contract';
import { describeApi } from '../contract/describe-api';
import { handleApi } from './api-route';
import { CHANGE_STREAM_PATH, changeStreams } from './change-stream';
import { newToken, requestToken, tokenCookie, tokenMatches } from './auth';
import { hostAllowed, originAllowed } from './origin-check';
import { sendApiError, sendHtmlMessage } from './respond';
import { setSecurityHeaders } from './security-headers';
import { serveStatic } from './static-files';

/** Bodies above this are refused: the largest legitimate call (a workbook import as base64) stays well below. */
export const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface WebServerOptions {
  /** The core; a host's `onChanged` lets the change stream push instead of polling. */
  core: { dispatch: Dispatch; onChanged?: (fn: () => void) => () => void };
  /** Only the loopback address: web mode is for this machine, never the network. */
  host?: '127.0.0.1';
  /** 0 picks any free port. */
  port: number;
  /** The built renderer (`out/renderer`). */
  staticDir: string;
  /** Defaults to 32 fresh random bytes. */
  token?: string;
  maxBodyBytes?: number;
  /** How long a client may take to send its headers, and its whole request (tests shorten them). */
  timeouts?: WebTimeouts;
}

export interface WebTimeouts {
  headersMs: number;
  requestMs: number;
}

/**
 * A browser on this machine sends its headers at once and a 32 MB body in well under a second; a
 * client that trickles them holds a connection (and memory) for nothing, 60 s by Node's default.
 */
export const DEFAULT_TIMEOUTS: WebTimeouts = { headersMs: 10_000, requestMs: 120_000 };

export interface WebServer {
  port: number;
  token: string;
  /** The address to open: `http://127.0.0.1:N/?token=TOKEN`. */
  url: string;
  close(): Promise<void>;
}

/** Web mode (chế độ web): the renderer and the API over HTTP on 127.0.0.1, behind a token. */
export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = opts.token ?? newToken();
  const host = opts.host ?? '127.0.0.1';
  const schema = describeApi(contract);
  let port = 0;
  const timeouts = opts.timeouts ?? DEFAULT_TIMEOUTS;
  const streams = changeStreams(opts.core);
  const server = createServer(serverOptions(timeouts), (req, res) => {
    route(req, res).catch((err: unknown) => {
      console.error(`[web] ${req.method} ${pathOf(req)} failed: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) sendApiError(res, { code: 'INTERNAL', message: 'Máy chủ gặp lỗi không mong muốn.' });
      else res.destroy();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const path = pathOf(req);
    if (!hostAllowed(req, port)) return sendHtmlMessage(res, 403, 'Từ chối truy cập', 'Địa chỉ máy chủ không hợp lệ.');
    if (req.method === 'POST' && !originAllowed(req, port)) {
      return sendApiError(res, { code: 'FORBIDDEN', message: 'Yêu cầu đến từ một trang web khác nên bị từ chối.' });
    }
    const urlToken = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('token');
    if (path === '/' && urlToken !== null) return acceptUrlToken(res, urlToken);
    if (!tokenMatches(token, requestToken(req, port))) return refuse(res, path);
    if (path === CHANGE_STREAM_PATH && req.method === 'GET') return streams.serve(req, res);
    if (path.startsWith('/api/'))
      return handleApi(req, res, path, { dispatch: opts.core.dispatch, schema, maxBodyBytes: opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES });
    return serveStatic(req, res, path, opts.staticDir);
  }

  /** The printed address: trade the token for a cookie, then drop it from the address bar and history. */
  function acceptUrlToken(res: ServerResponse, given: string): void {
    if (!tokenMatches(token, given)) return refuse(res, '/');
    res.writeHead(303, { 'Set-Cookie': tokenCookie(port, token), Location: '/', 'Cache-Control': 'no-store' });
    res.end();
  }

  port = await listen(server, opts.port, host);
  return {
    port,
    token,
    url: `http://${host}:${port}/?token=${token}`,
    close: () => {
      streams.closeAll();
      return closeServer(server);
    },
  };
}

/** Node checks the timeouts every `connectionsCheckingInterval`: a tenth of the shortest, so they hold to within 10 %. */
function serverOptions(t: WebTimeouts): ServerOptions {
  return {
    headersTimeout: t.headersMs,
    requestTimeout: t.requestMs,
    connectionsCheckingInterval: Math.max(100, Math.floor(t.headersMs / 10)),
  };
}

function refuse(res: ServerResponse, path: string): void {
  const message = 'Thiếu hoặc sai mã truy cập. Hãy mở đúng địa chỉ (kèm ?token=…) được in ra khi khởi động chế độ web.';
  if (path.startsWith('/api/')) return sendApiError(res, { code: 'UNAUTHORIZED', message });
  sendHtmlMessage(res, 401, 'Cần mã truy cập', message);
}

function pathOf(req: IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      if (address !== null && typeof address === 'object') resolve(address.port);
      else reject(new Error('web server has no TCP address'));
    });
  });
}

/** How long a call in progress (a backup, a large report) may take to finish when the server stops. */
const DRAIN_MS = 15_000;

/**
 * Stops accepting, lets calls in progress finish (so the core is not closed under them), and drops idle
 * keep-alive connections; anything still open after DRAIN_MS is cut.
 */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const cut = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
    server.close(() => {
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
}

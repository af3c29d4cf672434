import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerOptions, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { contract } from '../contract';
import { describeApi } from '../contract/describe-api';
import { accountsProblem } from './accounts-ready';
import { handleApi, type ApiRouteDeps } from './api-route';
import { newToken, tokenCookie, tokenMatches } from './auth';
import { CHANGE_STREAM_PATH, changeStreams } from './change-stream';
import { isLoopback } from './listen-address';
import { crossSiteWrite, hostAllowed } from './origin-check';
import { requestCredential, type Admission } from './request-credential';
import { sendApiError, sendHtmlMessage } from './respond';
import { setSecurityHeaders } from './security-headers';
import { siteOf, type Site } from './site';
import { serveStatic } from './static-files';
import type { WebCore } from './web-core';

/** Bodies above this are refused: the largest legitimate call (a workbook import as base64) stays well below. */
export const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface WebServerOptions {
  core: WebCore;
  /** The address to listen on: 127.0.0.1 by default; any other needs `requireAccounts`. */
  host?: string;
  /** 0 picks any free port. */
  port: number;
  /** The built renderer (`out/renderer`). */
  staticDir: string;
  /** The loopback token; defaults to 32 fresh random bytes. Never accepted when `requireAccounts`. */
  token?: string;
  /** Sign-in by account only, the token refused (the office network; tests set it on 127.0.0.1). */
  requireAccounts?: boolean;
  /** HTTPS with this certificate and key (PEM); cookies become Secure and HSTS is sent. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Host names browsers may use besides the address (the name on the office's certificate). */
  names?: readonly string[];
  maxBodyBytes?: number;
  /** How long a client may take to send its headers, and its whole request (tests shorten them). */
  timeouts?: WebTimeouts;
  /** For cookie lifetimes; tests pass their own. */
  clock?: () => Date;
  /** How often an open change stream checks its session is still live (15 s). */
  sessionCheckMs?: number;
  /** Named in the message when the database has no account. */
  dbPath?: string;
}

export interface WebTimeouts {
  headersMs: number;
  requestMs: number;
}

/**
 * A browser sends its headers at once and a 32 MB body in well under a second; a client that trickles
 * them holds a connection (and memory) for nothing, 60 s by Node's default.
 */
export const DEFAULT_TIMEOUTS: WebTimeouts = { headersMs: 10_000, requestMs: 120_000 };

export interface WebServer {
  port: number;
  token: string;
  /** The address to open: with the token on loopback (`http://127.0.0.1:N/?token=…`), else the sign-in page. */
  url: string;
  close(): Promise<void>;
}

/** HTTPS answers tell the browser to use nothing else for this address for a year. */
const HSTS = 'max-age=31536000';

/** Web mode (chế độ web): the renderer and the API over HTTP(S), behind the loopback token or accounts. */
export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const host = opts.host ?? '127.0.0.1';
  const requireAccounts = opts.requireAccounts ?? false;
  if (!isLoopback(host) && !requireAccounts) throw new Error(`web mode on ${host} must require accounts`);
  const problem = requireAccounts ? await accountsProblem(opts.core.dispatch, opts.dbPath) : null;
  if (problem) throw new Error(problem);
  const tls = opts.tls !== undefined;
  const admission: Admission = { requireAccounts, token: opts.token ?? newToken(), port: 0 };
  let site: Site = siteOf({ address: host, port: 0, tls });
  const streams = changeStreams(opts.core, { sessionCheckMs: opts.sessionCheckMs });
  const deps: ApiRouteDeps = {
    dispatch: opts.core.dispatch,
    schema: describeApi(contract),
    maxBodyBytes: opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    requireAccounts,
    cookies: { port: 0, tls },
    now: opts.clock ?? (() => new Date()),
    onSignedOut: (token) => streams.endSession(token),
  };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    if (tls) res.setHeader('Strict-Transport-Security', HSTS);
    const path = pathOf(req);
    if (!hostAllowed(req, site)) return sendHtmlMessage(res, 403, 'Từ chối truy cập', 'Địa chỉ máy chủ không hợp lệ.');
    if (req.method !== 'GET' && req.method !== 'HEAD' && crossSiteWrite(req, site)) {
      return sendApiError(res, { code: 'FORBIDDEN', message: 'Yêu cầu đến từ một trang web khác nên bị từ chối.' });
    }
    const urlToken = new URL(req.url ?? '/', 'http://x').searchParams.get('token');
    if (!requireAccounts && path === '/' && urlToken !== null) return acceptUrlToken(res, urlToken);
    const who = requestCredential(req, admission);
    if (!who.ok) return refuse(res, path, who.refusal);
    if (path === CHANGE_STREAM_PATH && req.method === 'GET') return streams.serve(req, res, who.credential);
    if (path.startsWith('/api/')) return handleApi(req, res, path, { credential: who.credential, deps });
    return serveStatic(req, res, path, opts.staticDir);
  }

  /** The printed address: trade the token for a cookie, then drop it from the address bar and history. */
  function acceptUrlToken(res: ServerResponse, given: string): void {
    if (!tokenMatches(admission.token, given)) return refuse(res, '/', 'NO_TOKEN');
    res.writeHead(303, { 'Set-Cookie': tokenCookie(admission.port, admission.token), Location: '/', 'Cache-Control': 'no-store' });
    res.end();
  }

  const server = createServer(tls ? opts.tls : undefined, serverOptions(opts.timeouts ?? DEFAULT_TIMEOUTS), (req, res) => {
    route(req, res).catch((err: unknown) => {
      console.error(`[web] ${req.method} ${pathOf(req)} failed: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) sendApiError(res, { code: 'INTERNAL', message: 'Máy chủ gặp lỗi không mong muốn.' });
      else res.destroy();
    });
  });
  const port = await listen(server, opts.port, host);
  admission.port = port;
  deps.cookies.port = port;
  site = siteOf({ address: host, port, tls, names: opts.names });
  return {
    port,
    token: admission.token,
    url: `${site.scheme}://${site.hosts[0]}/${requireAccounts ? '' : `?token=${admission.token}`}`,
    close: () => {
      streams.closeAll();
      return closeServer(server);
    },
  };
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function createServer(tls: WebServerOptions['tls'], options: ServerOptions, handler: Handler): Server {
  return tls ? createHttpsServer({ ...options, cert: tls.cert, key: tls.key }, handler) : createHttpServer(options, handler);
}

/** Node checks the timeouts every `connectionsCheckingInterval`: a tenth of the shortest, so they hold to within 10 %. */
function serverOptions(t: WebTimeouts): ServerOptions {
  return {
    headersTimeout: t.headersMs,
    requestTimeout: t.requestMs,
    connectionsCheckingInterval: Math.max(100, Math.floor(t.headersMs / 10)),
  };
}

function refuse(res: ServerResponse, path: string, why: 'NO_TOKEN' | 'TOKEN_OFF_LOOPBACK'): void {
  const message =
    why === 'NO_TOKEN'
      ? 'Thiếu hoặc sai mã truy cập. Hãy mở đúng địa chỉ (kèm ?token=…) được in ra khi khởi động chế độ web.'
      : 'Trên mạng nội bộ không dùng mã truy cập. Hãy mở địa chỉ của máy chủ (không kèm ?token=…) và đăng nhập bằng tài khoản của bạn.';
  if (path.startsWith('/api/')) return sendApiError(res, { code: 'UNAUTHORIZED', message });
  sendHtmlMessage(res, 401, why === 'NO_TOKEN' ? 'Cần mã truy cập' : 'Cần đăng nhập', message);
}

function pathOf(req: IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://x').pathname;
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

import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerOptions, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { contract } from '../contract';
import { describeApi } from '../contract/describe-api';
import { accountsProblem } from './accounts-ready';
import type { ApiRouteDeps } from './api-route';
import { newToken } from './auth';
import { changeStreams } from './change-stream';
import { isLoopback } from './listen-address';
import { sendApiError } from './respond';
import { createRouter, pathOf, type RouterContext } from './router';
import { siteOf } from './site';
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

/** Web mode (chế độ web): the renderer and the API over HTTP(S), behind the loopback token or accounts. */
export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const host = opts.host ?? '127.0.0.1';
  const ctx = await routerContext(opts, host);
  const route = createRouter(ctx);
  const server = createServer(opts.tls, serverOptions(opts.timeouts ?? DEFAULT_TIMEOUTS), (req, res) => {
    route(req, res).catch((err: unknown) => {
      console.error(`[web] ${req.method} ${pathOf(req)} failed: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) sendApiError(res, { code: 'INTERNAL', message: 'Máy chủ gặp lỗi không mong muốn.' });
      else res.destroy();
    });
  });
  const port = await listen(server, opts.port, host);
  ctx.admission.port = port;
  ctx.deps.cookies.port = port;
  ctx.site = siteOf({ address: host, port, tls: ctx.tls, names: opts.names });
  const requireAccounts = ctx.admission.requireAccounts;
  return {
    port,
    token: ctx.admission.token,
    url: `${ctx.site.scheme}://${ctx.site.hosts[0]}/${requireAccounts ? '' : `?token=${ctx.admission.token}`}`,
    close: () => {
      ctx.streams.closeAll();
      return closeServer(server);
    },
  };
}

/** Refuses a network address without accounts, and accounts without an account in the database. */
async function routerContext(opts: WebServerOptions, host: string): Promise<RouterContext> {
  const requireAccounts = opts.requireAccounts ?? false;
  if (!isLoopback(host) && !requireAccounts) throw new Error(`web mode on ${host} must require accounts`);
  const problem = requireAccounts ? await accountsProblem(opts.core.dispatch, opts.dbPath) : null;
  if (problem) throw new Error(problem);
  const tls = opts.tls !== undefined;
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
  const admission = { requireAccounts, token: opts.token ?? newToken(), port: 0 };
  return { site: siteOf({ address: host, port: 0, tls }), admission, deps, streams, staticDir: opts.staticDir, tls };
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

import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleApi, type ApiRouteDeps } from './api-route';
import { tokenCookie, tokenMatches } from './auth';
import { CHANGE_STREAM_PATH, type changeStreams } from './change-stream';
import { crossSiteWrite, hostAllowed } from './origin-check';
import { requestCredential, type Admission } from './request-credential';
import { sendApiError, sendHtmlMessage } from './respond';
import { setSecurityHeaders } from './security-headers';
import type { Site } from './site';
import { serveStatic } from './static-files';

/** HTTPS answers tell the browser to use nothing else for this address for a year. */
const HSTS = 'max-age=31536000';

/** What the router needs; `site` and the ports are filled in once the server listens. */
export interface RouterContext {
  site: Site;
  admission: Admission;
  deps: ApiRouteDeps;
  streams: ReturnType<typeof changeStreams>;
  staticDir: string;
  tls: boolean;
}

/**
 * Every request, in order: security headers, the Host (DNS rebinding), a write from another site, the
 * loopback token's address, who is calling, then the change stream, the API or the renderer's files.
 */
export function createRouter(ctx: RouterContext) {
  return async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    if (ctx.tls) res.setHeader('Strict-Transport-Security', HSTS);
    const path = pathOf(req);
    if (!hostAllowed(req, ctx.site)) return sendHtmlMessage(res, 403, 'Từ chối truy cập', 'Địa chỉ máy chủ không hợp lệ.');
    if (req.method !== 'GET' && req.method !== 'HEAD' && crossSiteWrite(req, ctx.site)) {
      return sendApiError(res, { code: 'FORBIDDEN', message: 'Yêu cầu đến từ một trang web khác nên bị từ chối.' });
    }
    const urlToken = new URL(req.url ?? '/', 'http://x').searchParams.get('token');
    if (!ctx.admission.requireAccounts && path === '/' && urlToken !== null) return acceptUrlToken(res, ctx.admission, urlToken);
    const who = requestCredential(req, ctx.admission);
    if (!who.ok) return refuse(res, path, who.refusal);
    if (path === CHANGE_STREAM_PATH && req.method === 'GET') return ctx.streams.serve(req, res, who.credential);
    if (path.startsWith('/api/')) return handleApi(req, res, path, { credential: who.credential, deps: ctx.deps });
    return serveStatic(req, res, path, ctx.staticDir);
  };
}

/** The printed address: trade the token for a cookie, then drop it from the address bar and history. */
function acceptUrlToken(res: ServerResponse, admission: Admission, given: string): void {
  if (!tokenMatches(admission.token, given)) return refuse(res, '/', 'NO_TOKEN');
  res.writeHead(303, { 'Set-Cookie': tokenCookie(admission.port, admission.token), Location: '/', 'Cache-Control': 'no-store' });
  res.end();
}

function refuse(res: ServerResponse, path: string, why: 'NO_TOKEN' | 'TOKEN_OFF_LOOPBACK'): void {
  const message =
    why === 'NO_TOKEN'
      ? 'Thiếu hoặc sai mã truy cập. Hãy mở đúng địa chỉ (kèm ?token=…) được in ra khi khởi động chế độ web.'
      : 'Trên mạng nội bộ không dùng mã truy cập. Hãy mở địa chỉ của máy chủ (không kèm ?token=…) và đăng nhập bằng tài khoản của bạn.';
  if (path.startsWith('/api/')) return sendApiError(res, { code: 'UNAUTHORIZED', message });
  sendHtmlMessage(res, 401, why === 'NO_TOKEN' ? 'Cần mã truy cập' : 'Cần đăng nhập', message);
}

export function pathOf(req: IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://x').pathname;
}

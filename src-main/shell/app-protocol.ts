import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';

/** The scheme and host the renderer is served from; privileged, standard and secure (main.ts registers it). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://antq`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** The privileges `protocol.registerSchemesAsPrivileged` gives the scheme, before the app is ready. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true };

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/**
 * The file under `rootDir` an `app://antq/…` URL names, or null: another host, a path escaping the folder
 * (`..`, encoded or not), a backslash or a NUL byte. Pure, so the traversal rules are unit-tested.
 */
export function appFileFor(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (`${parsed.protocol}//${parsed.host}` !== APP_ORIGIN) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\') || path.split('/').includes('..')) return null;
  const root = resolve(rootDir);
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  return file.startsWith(root + sep) ? file : null;
}

/**
 * The handler `protocol.handle('app', …)` uses: the built renderer's files only, with their type and the
 * nosniff header; anything else is a 404 (never a directory listing, never a file outside the folder).
 */
export function appProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = appFileFor(rootDir, request.url);
    if (!file || request.method !== 'GET') return notFound();
    try {
      const body = await readFile(file);
      const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
      // The policy travels with every answer: responses of a custom protocol skip the session's webRequest hooks.
      const headers = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': CONTENT_SECURITY_POLICY };
      return new Response(body, { status: 200, headers });
    } catch {
      return notFound();
    }
  };
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
}

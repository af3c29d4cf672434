import { app, BrowserWindow, protocol, session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler } from './app-protocol';
import { preloadPath, rendererDir, rendererEntry } from './paths';
import { isAppUrl } from './trusted-origin';

/**
 * Session-wide rules, set once before the first window: the renderer served from `app://antq/` (files of
 * the built renderer folder only), the CSP header on every response, no permission
 * (camera, notifications, geolocation…) is ever granted, and every web contents, including any created
 * later, is confined to the app's own page.
 */
export function hardenSession(): void {
  const ses = session.defaultSession;
  ses.protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir()));
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => confine(contents));
}

/** Declares `app://` privileged (standard, secure: 'self', fetch and storage work as on https); before ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/** No navigation away from the app, no new windows, no <webview>. */
function confine(contents: WebContents): void {
  const entry = rendererEntry();
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, entry)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, entry)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The main window (cửa sổ chính): sandboxed and isolated; `hardenSession` has confined it already. */
export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    title: 'Sổ phong trào',
    show: false,
    webPreferences: {
      preload: preloadPath(),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      // Only for Chromium's built-in PDF viewer: certificate previews are PDFs shown in a frame.
      plugins: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  const entry = rendererEntry();
  void ('url' in entry ? win.loadURL(entry.url) : 'app' in entry ? win.loadURL(APP_INDEX_URL) : win.loadFile(entry.file));
  return win;
}

import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeContents, recorded } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electronMock);

const { createMainWindow, hardenSession, registerAppScheme } = await import('../../../src-main/shell/window');

describe('the Electron window and session (electron mocked)', () => {
  beforeAll(() => {
    registerAppScheme();
    hardenSession();
  });

  it('opens the window isolated, sandboxed, without Node and with web security, from app://', () => {
    const win = createMainWindow() as unknown as { options: { webPreferences: Record<string, unknown> }; loaded: string };
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(win.options.webPreferences.nodeIntegrationInSubFrames).toBeFalsy();
    expect(win.loaded).toBe('app://antq/index.html');
  });

  it('declares app:// standard and secure before the app is ready', () => {
    expect(recorded.privileged).toContainEqual({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) });
    expect(recorded.protocols.has('app')).toBe(true);
  });

  it('denies every permission request and check', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      recorded.permissionRequest?.({}, permission, (granted: boolean) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(recorded.permissionCheck?.({}, 'media')).toBe(false);
  });

  it('sends the content security policy with every response', () => {
    let sent: Record<string, string[]> = {};
    recorded.headers?.(
      { responseHeaders: { 'X-Other': ['1'] } },
      (r: { responseHeaders: Record<string, string[]> }) => (sent = r.responseHeaders),
    );
    expect(sent['Content-Security-Policy']?.[0]).toContain("script-src 'self'");
    expect(sent['X-Other']).toEqual(['1']);
  });

  it('keeps every web contents on the app: no navigation away, no redirect away, no new window, no webview', () => {
    const contents = new FakeContents();
    recorded.appEvents.emit('web-contents-created', {}, contents);
    const navigate = (event: string, url: string) => {
      const e = { prevented: false, preventDefault: () => (e.prevented = true) };
      contents.emit(event, e, url);
      return e.prevented;
    };
    expect(navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-navigate', 'app://antq.evil/index.html')).toBe(true);
    expect(navigate('will-redirect', 'https://example.com/')).toBe(true);
    expect(navigate('will-navigate', 'app://antq/index.html#/units')).toBe(false);
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://antq/index.html' })).toEqual({ action: 'deny' });
    const webview = { prevented: false, preventDefault: () => (webview.prevented = true) };
    contents.emit('will-attach-webview', webview);
    expect(webview.prevented).toBe(true);
  });
});

describe('the app:// protocol (electron mocked)', () => {
  const root = mkdtempSync(join(tmpdir(), 'antq-renderer-'));
  beforeAll(() => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, '..', 'secret.txt'), 'secret');
  });

  async function get(url: string, method = 'GET'): Promise<Response> {
    const { appProtocolHandler } = await import('../../../src-main/shell/app-protocol');
    return appProtocolHandler(root)(new Request(url, { method }));
  }

  it('serves the built renderer files with their type, nosniff and the policy', async () => {
    const page = await get('app://antq/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await (await get('app://antq/assets/app.js')).text()).toBe('console.log(1)');
    expect((await get('app://antq/')).status).toBe(200);
  });

  it('refuses traversal, encoded or not, other hosts, missing files, folders and writes', async () => {
    for (const url of [
      'app://antq/../secret.txt',
      'app://antq/%2e%2e/secret.txt',
      'app://antq/assets/..%2f..%2fsecret.txt',
      'app://antq/..%5csecret.txt',
      'app://antq/index.html%00.js',
      'app://other/index.html',
      'app://antq/missing.js',
      'app://antq/assets',
    ]) {
      const r = await get(url);
      expect({ url, status: r.status }).toEqual({ url, status: 404 });
      expect(await r.text()).not.toContain('secret');
    }
    expect((await get('app://antq/index.html', 'POST')).status).toBe(404);
  });
});

// The shell's sender/navigation rule is pure (no electron import), so it is tested with the web transport.
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../src-main/shell/trusted-origin';

describe('which pages the Electron shell trusts', () => {
  const file = '/opt/antq/out/renderer/index.html';
  const own = pathToFileURL(file).href;

  it("accepts the app's own page with any section in its hash", () => {
    expect(isAppUrl(own, { file })).toBe(true);
    expect(isAppUrl(`${own}#/settings`, { file })).toBe(true);
  });

  it('refuses other local files, lookalike paths and the web', () => {
    expect(isAppUrl(pathToFileURL('/etc/passwd').href, { file })).toBe(false);
    expect(isAppUrl(`${own}.evil.html`, { file })).toBe(false);
    expect(isAppUrl('https://example.com/', { file })).toBe(false);
  });

  it('trusts only the dev server origin during npm start', () => {
    const entry = { url: 'http://localhost:5173' };
    expect(isAppUrl('http://localhost:5173/#/units', entry)).toBe(true);
    expect(isAppUrl('http://localhost:5173.evil.com/', entry)).toBe(false);
    expect(isAppUrl('http://localhost:5174/', entry)).toBe(false);
  });

  it('trusts only app://antq/ when the renderer is served from the app scheme', () => {
    const entry = { app: 'app://antq' };
    expect(isAppUrl('app://antq/index.html#/units', entry)).toBe(true);
    expect(isAppUrl('app://antq.evil/index.html', entry)).toBe(false);
    expect(isAppUrl('app://antq', entry)).toBe(false);
    expect(isAppUrl('file:///opt/antq/out/renderer/index.html', entry)).toBe(false);
    expect(isAppUrl('https://antq/index.html', entry)).toBe(false);
  });
});

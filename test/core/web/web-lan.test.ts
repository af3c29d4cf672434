import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { startWebServer, type WebServer } from '../../../src-main/web/server';
import { accountsCore, SESSION_HOURS } from '../../fixtures/accounts-core';
import { makeTestCore } from '../../fixtures/core';
import { roleDispatchOf } from '../../fixtures/web-core';
import { httpRequest, postApi, type RawResponse } from './web-client';

const PASSWORD = 'mật khẩu đủ dài 1';

function staticDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'antq-lan-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>antq</title>');
  return dir;
}

/** The `name=value` pair of the response's Set-Cookie, and its attributes, lower-cased. */
function cookieOf(res: RawResponse): { pair: string; attributes: string[] } {
  const header = res.headers['set-cookie'];
  const line = (Array.isArray(header) ? header[0] : header) ?? '';
  const [pair = '', ...attributes] = line.split(';').map((p) => p.trim());
  return { pair, attributes: attributes.map((a) => a.toLowerCase()) };
}

describe('web mode that requires accounts (the office network, tested on 127.0.0.1)', () => {
  let core: Core;
  let accounts: ReturnType<typeof accountsCore>;
  let web: WebServer;

  beforeAll(async () => {
    core = await makeTestCore();
    accounts = accountsCore(roleDispatchOf(core));
    accounts.add('lan', PASSWORD, 'clerk');
    accounts.add('hoa', PASSWORD, 'clerk');
    accounts.add('xem', PASSWORD, 'viewer');
    web = await startWebServer({ core: accounts.core, port: 0, staticDir: staticDir(), requireAccounts: true, clock: accounts.clock });
  });
  afterAll(async () => {
    await web.close();
    core.close();
  });

  const signIn = async (username: string) => {
    const res = await postApi(web.port, 'auth.login', { username, password: PASSWORD });
    return { res, cookie: { Cookie: cookieOf(res).pair } };
  };

  it('refuses the token, even the right one, and never calls the core as the owner', async () => {
    const before = accounts.seen.length;
    const bearer = await postApi(web.port, 'system.status', {}, { Authorization: `Bearer ${web.token}` });
    expect(bearer.status).toBe(401);
    expect(JSON.parse(bearer.body).error).toMatchObject({ code: 'UNAUTHORIZED', message: expect.stringContaining('đăng nhập') });
    const page = await httpRequest(web.port, { path: `/?token=${web.token}` });
    expect(page.status).toBe(401);
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(accounts.seen.slice(before)).toEqual([]);
    expect(web.url).toBe(`http://127.0.0.1:${web.port}/`);
  });

  it('serves the app page to anyone (it shows the sign-in) but answers calls only to a session', async () => {
    expect((await httpRequest(web.port, { path: '/' })).status).toBe(200);
    const anonymous = await postApi(web.port, 'units.list', {});
    expect(JSON.parse(anonymous.body).error.code).toBe('UNAUTHORIZED');
    expect((await httpRequest(web.port, { path: '/api/schema' })).status).toBe(401);
  });

  it('signs in with an HttpOnly, SameSite=Strict cookie named after the port, and keeps the token from the page', async () => {
    const { res } = await signIn('lan');
    const answer = JSON.parse(res.body);
    expect(answer).toMatchObject({ ok: true, data: { user: { username: 'lan', role: 'clerk' } } });
    expect(answer.data.sessionToken).toBeUndefined();
    const { pair, attributes } = cookieOf(res);
    expect(pair).toMatch(new RegExp(`^antq_session_${web.port}=[A-Za-z0-9_-]{43}$`));
    expect(res.body).not.toContain(pair.split('=')[1]);
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/', `max-age=${SESSION_HOURS * 3600}`]));
    expect(attributes).not.toContain('secure'); // no TLS here; see web-tls.test.ts
  });

  it("passes the session and the socket's address to the core, which answers as the account's role", async () => {
    const { cookie } = await signIn('xem');
    const res = await postApi(web.port, 'units.create', { name: 'Tỉnh Nam Định', kind: 'province', parentId: null }, cookie);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } }); // a viewer only reads
    const last = accounts.seen.at(-1);
    expect(last).toEqual({
      name: 'units.create',
      credential: { kind: 'session', token: cookie.Cookie.split('=')[1], address: '127.0.0.1' },
    });
    expect(JSON.parse((await postApi(web.port, 'units.list', {}, cookie)).body).ok).toBe(true);
  });

  it('passes the address of a failed sign-in, so the core can lock out a client that guesses', async () => {
    const before = accounts.seen.length;
    for (let i = 0; i < 3; i++) {
      const res = await postApi(web.port, 'auth.login', { username: 'lan', password: `sai ${i}` });
      expect(JSON.parse(res.body).error.code).toBe('UNAUTHORIZED');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    const logins = accounts.seen.slice(before).map((s) => s.credential);
    expect(logins).toEqual(Array(3).fill({ kind: 'anonymous', address: '127.0.0.1' }));
  });

  it('refuses a forged cookie and an expired one, and clears it', async () => {
    const forged = await postApi(web.port, 'units.list', {}, { Cookie: `antq_session_${web.port}=${'A'.repeat(43)}` });
    expect(JSON.parse(forged.body).error.code).toBe('UNAUTHORIZED');
    expect(cookieOf(forged).attributes).toContain('max-age=0');
    const { cookie } = await signIn('hoa');
    accounts.advance(SESSION_HOURS * 3_600_000 + 1000);
    const expired = await postApi(web.port, 'units.list', {}, cookie);
    expect(JSON.parse(expired.body).error.code).toBe('UNAUTHORIZED');
    expect(cookieOf(expired).pair).toBe(`antq_session_${web.port}=`);
    // An old cookie does not stand in the way of signing in again.
    const again = await postApi(web.port, 'auth.login', { username: 'hoa', password: PASSWORD }, cookie);
    expect(JSON.parse(again.body).ok).toBe(true);
  });

  it("refuses a disabled account's session at once", async () => {
    accounts.add('minh', PASSWORD, 'clerk');
    const { cookie } = await signIn('minh');
    expect(JSON.parse((await postApi(web.port, 'units.list', {}, cookie)).body).ok).toBe(true);
    accounts.disable('minh');
    expect(JSON.parse((await postApi(web.port, 'units.list', {}, cookie)).body).error.code).toBe('UNAUTHORIZED');
  });

  it('signs out: the cookie is cleared and the session no longer works', async () => {
    const { cookie } = await signIn('lan');
    const out = await postApi(web.port, 'auth.logout', {}, cookie);
    expect(JSON.parse(out.body).ok).toBe(true);
    expect(cookieOf(out)).toMatchObject({
      pair: `antq_session_${web.port}=`,
      attributes: expect.arrayContaining(['max-age=0', 'httponly']),
    });
    expect(JSON.parse((await postApi(web.port, 'units.list', {}, cookie)).body).error.code).toBe('UNAUTHORIZED');
  });

  it('reads no more than 16 KB from a client that has not signed in', async () => {
    const big = JSON.stringify({ username: 'lan', password: 'x'.repeat(20_000) });
    expect((await postApi(web.port, 'auth.login', big)).status).toBe(413);
    const { cookie } = await signIn('lan');
    expect((await postApi(web.port, 'units.list', big, cookie)).status).toBe(200);
  });

  it('never lets the first administrator be created over the network', async () => {
    const res = await postApi(web.port, 'auth.setup', { username: 'ke-la', displayName: 'Kẻ lạ', password: PASSWORD });
    expect(JSON.parse(res.body).error.code).toBe('FORBIDDEN');
    expect(accounts.seen.some((s) => s.name === 'auth.setup')).toBe(false);
  });

  it('refuses cross-site writes by Origin, Referer or Sec-Fetch-Site, even with a live session', async () => {
    const { cookie } = await signIn('lan');
    const forgeries: Record<string, string>[] = [
      { Origin: 'http://evil.example' },
      { Origin: `http://192.168.1.66:${web.port}` },
      { Origin: 'null' },
      { Referer: 'http://evil.example/form.html' },
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site', Origin: `http://127.0.0.1:${web.port}` },
      { Host: `evil.example:${web.port}` },
    ];
    for (const headers of forgeries) {
      const res = await postApi(web.port, 'auth.logout', {}, { ...cookie, ...headers });
      expect(res.status, JSON.stringify(headers)).toBe(403);
    }
    const own = { Origin: `http://127.0.0.1:${web.port}`, Referer: `http://127.0.0.1:${web.port}/`, 'Sec-Fetch-Site': 'same-origin' };
    expect(JSON.parse((await postApi(web.port, 'units.list', {}, { ...cookie, ...own })).body).ok).toBe(true);
    // A form cannot send JSON: a text/plain body is refused before the core sees it.
    const form = await httpRequest(web.port, {
      method: 'POST',
      path: '/api/units.list',
      headers: { ...cookie, 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(415);
    expect(form.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('starting web mode off loopback', () => {
  it('refuses to start without an account, naming the command that creates one', async () => {
    const core = await makeTestCore();
    const accounts = accountsCore(roleDispatchOf(core));
    const start = startWebServer({ core: accounts.core, port: 0, staticDir: staticDir(), requireAccounts: true, dbPath: '/srv/so.sqlite' });
    await expect(start).rejects.toThrow(/tạo tài khoản quản trị bằng lệnh "npm run cli -- users add --db \/srv\/so\.sqlite/);
    core.close();
  });

  it('will not serve a network address with the token', async () => {
    const core = await makeTestCore();
    const start = startWebServer({ core: accountsCore(roleDispatchOf(core)).core, host: '192.168.1.10', port: 0, staticDir: staticDir() });
    await expect(start).rejects.toThrow(/must require accounts/);
    core.close();
  });
});

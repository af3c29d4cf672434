import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { startWebServer, type WebServer } from '../../../src-main/web/server';
import { makeTestCore } from '../../fixtures/core';
import { webCoreOf } from '../../fixtures/web-core';
import { postApi } from './web-client';

/**
 * Web mode on the core's own accounts (issue 12): the same transport as web-lan.test.ts, but sign-in,
 * sessions, disabling and the lockout are the core's (core/auth), not the accounts double's.
 */
const PASSWORD = 'mật khẩu đủ dài 4';

type Answer = { ok: boolean; data?: Record<string, unknown> & { id?: string }; error?: { code: string } };
const answer = async (p: ReturnType<typeof postApi>) => JSON.parse((await p).body) as Answer;

/** A core with an administrator and the given clerks, made through the loopback token, and a server that requires accounts. */
async function officeWith(clerks: string[]): Promise<{ core: Core; lan: WebServer; ids: Record<string, string>; close(): Promise<void> }> {
  const core = await makeTestCore();
  const staticDir = mkdtempSync(join(tmpdir(), 'antq-lan-'));
  const owner = await startWebServer({ core: webCoreOf(core), port: 0, staticDir });
  const bearer = { Authorization: `Bearer ${owner.token}` };
  const setup = await answer(
    postApi(owner.port, 'auth.setup', { username: 'quantri', displayName: 'Quản trị', password: PASSWORD }, bearer),
  );
  expect(setup.ok).toBe(true);
  const ids: Record<string, string> = {};
  for (const username of clerks) {
    const made = await answer(
      postApi(owner.port, 'users.create', { username, displayName: username, role: 'clerk', password: PASSWORD }, bearer),
    );
    ids[username] = made.data?.id ?? '';
  }
  await owner.close();
  const lan = await startWebServer({ core: webCoreOf(core), port: 0, staticDir, requireAccounts: true });
  return { core, lan, ids, close: async () => (await lan.close(), core.close()) };
}

describe("web mode on the core's accounts", () => {
  let office: Awaited<ReturnType<typeof officeWith>>;
  beforeAll(async () => {
    office = await officeWith(['lan', 'hoa']);
  });
  afterAll(() => office?.close());

  const signIn = async (username: string) => {
    const res = await postApi(office.lan.port, 'auth.login', { username, password: PASSWORD });
    return { res, cookie: { Cookie: String(res.headers['set-cookie']).split(';')[0] ?? '' } };
  };

  it('signs in with a cookie that lasts as long as the session, and the page never sees the token', async () => {
    const { res } = await signIn('lan');
    const body = JSON.parse(res.body);
    expect(body).toMatchObject({ ok: true, data: { user: { username: 'lan', role: 'clerk' } } });
    expect(body.data.sessionToken).toBeUndefined();
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^antq_session_${office.lan.port}=[^;]+; Path=/; HttpOnly; SameSite=Strict; Max-Age=\\d+$`));
    const maxAge = Number(/Max-Age=(\d+)/.exec(cookie)?.[1]);
    expect(Math.abs(maxAge - (Date.parse(body.data.expiresAt) - Date.now()) / 1000)).toBeLessThan(10);
  });

  it('answers a clerk as a clerk, and refuses a forged cookie and the token', async () => {
    const { cookie } = await signIn('lan');
    expect((await answer(postApi(office.lan.port, 'units.list', {}, cookie))).ok).toBe(true);
    expect((await answer(postApi(office.lan.port, 'users.list', {}, cookie))).error?.code).toBe('FORBIDDEN');
    const forged = { Cookie: `antq_session_${office.lan.port}=${'A'.repeat(43)}` };
    expect((await answer(postApi(office.lan.port, 'units.list', {}, forged))).error?.code).toBe('UNAUTHORIZED');
    const token = await postApi(office.lan.port, 'units.list', {}, { Authorization: `Bearer ${office.lan.token}` });
    expect(token.status).toBe(401);
  });

  it("refuses a disabled account's session at once", async () => {
    const { cookie } = await signIn('hoa');
    expect((await answer(postApi(office.lan.port, 'units.list', {}, cookie))).ok).toBe(true);
    const admin = await signIn('quantri');
    expect((await answer(postApi(office.lan.port, 'users.disable', { id: office.ids.hoa, disabled: true }, admin.cookie))).ok).toBe(true);
    expect((await answer(postApi(office.lan.port, 'units.list', {}, cookie))).error?.code).toBe('UNAUTHORIZED');
  });
});

describe("the core's lockout through web mode (tests reach it from loopback only)", () => {
  const login = (port: number, username: string, password: string) => answer(postApi(port, 'auth.login', { username, password }));

  it("does not let one loopback client's failed sign-ins lock out another; the account tried still locks", async () => {
    const office = await officeWith(['lan', 'hoa']);
    try {
      // Unknown names from 127.0.0.1: the address names the machine, so no address is locked for the others.
      for (let i = 0; i < 5; i++) expect((await login(office.lan.port, `doan${i}`, PASSWORD)).error?.code).toBe('UNAUTHORIZED');
      expect((await login(office.lan.port, 'lan', PASSWORD)).ok).toBe(true);
      for (let i = 0; i < 5; i++) await login(office.lan.port, 'hoa', 'sai mật khẩu rồi');
      expect((await login(office.lan.port, 'hoa', PASSWORD)).ok).toBe(false);
    } finally {
      await office.close();
    }
  });
});

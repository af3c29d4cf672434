import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { startWebServer, type WebServer } from '../../../src-main/web/server';
import { accountsCore } from '../../fixtures/accounts-core';
import { makeTestCore } from '../../fixtures/core';
import { roleDispatchOf } from '../../fixtures/web-core';
import { postApi } from './web-client';

const PASSWORD = 'mật khẩu đủ dài 2';

/** An open change stream: its status, and a promise that settles when the server ends it. */
function openStream(port: number, headers: Record<string, string>): Promise<{ status: number; ended: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/changes/stream', headers }, (res) => {
      const ended = new Promise<void>((done) => res.on('end', done).on('close', done));
      res.resume();
      resolve({ status: res.statusCode ?? 0, ended });
    });
    req.on('error', reject);
    req.end();
  });
}

/** Resolves true if `p` settles within `ms`. */
const within = (p: Promise<void>, ms: number) =>
  Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

describe('the change stream with accounts', () => {
  let core: Core;
  let accounts: ReturnType<typeof accountsCore>;
  let web: WebServer;

  beforeAll(async () => {
    core = await makeTestCore();
    accounts = accountsCore(roleDispatchOf(core));
    for (const name of ['lan', 'hoa']) accounts.add(name, PASSWORD, 'viewer');
    const staticDir = mkdtempSync(join(tmpdir(), 'antq-lan-'));
    web = await startWebServer({
      core: accounts.core,
      port: 0,
      staticDir,
      requireAccounts: true,
      clock: accounts.clock,
      sessionCheckMs: 100,
    });
  });
  afterAll(async () => {
    await web.close();
    core.close();
  });

  const cookieFor = async (username: string) => {
    const res = await postApi(web.port, 'auth.login', { username, password: PASSWORD });
    return { Cookie: String(res.headers['set-cookie']).split(';')[0] ?? '' };
  };

  it('opens only for a live session', async () => {
    expect((await openStream(web.port, {})).status).toBe(401);
    expect((await openStream(web.port, { Cookie: `antq_session_${web.port}=forged` })).status).toBe(401);
  });

  it('ends at once when its session signs out', async () => {
    const cookie = await cookieFor('lan');
    const stream = await openStream(web.port, cookie);
    expect(stream.status).toBe(200);
    expect(await within(stream.ended, 300)).toBe(false);
    await postApi(web.port, 'auth.logout', {}, cookie);
    expect(await within(stream.ended, 100)).toBe(true);
  });

  it('ends soon after the account is disabled, without a write to carry the news', async () => {
    const stream = await openStream(web.port, await cookieFor('hoa'));
    expect(stream.status).toBe(200);
    accounts.disable('hoa');
    expect(await within(stream.ended, 1000)).toBe(true);
  });
});

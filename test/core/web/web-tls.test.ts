import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request, type RequestOptions } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { startWebServer, type WebServer } from '../../../src-main/web/server';
import { accountsCore } from '../../fixtures/accounts-core';
import { makeTestCore } from '../../fixtures/core';
import { roleDispatchOf } from '../../fixtures/web-core';

const PASSWORD = 'mật khẩu đủ dài 3';

/** A throwaway self-signed certificate for 127.0.0.1, made for this run (no key is ever committed). */
function selfSigned(): { cert: Buffer; key: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'antq-tls-'));
  const [cert, key] = [join(dir, 'cert.pem'), join(dir, 'key.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { cert: readFileSync(cert), key: readFileSync(key) };
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTPS request that trusts only the test's certificate. */
function httpsCall(opts: RequestOptions & { body?: string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', ...opts }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('web mode over HTTPS', () => {
  let core: Core;
  let web: WebServer;
  let ca: Buffer;

  beforeAll(async () => {
    core = await makeTestCore();
    const accounts = accountsCore(roleDispatchOf(core));
    accounts.add('lan', PASSWORD, 'clerk');
    const tls = selfSigned();
    ca = tls.cert;
    const staticDir = mkdtempSync(join(tmpdir(), 'antq-tls-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>antq</title>');
    web = await startWebServer({ core: accounts.core, port: 0, staticDir, requireAccounts: true, tls });
  });
  afterAll(async () => {
    await web.close();
    core.close();
  });

  const post = (name: string, input: unknown, headers: Record<string, string> = {}) =>
    httpsCall({
      port: web.port,
      ca,
      method: 'POST',
      path: `/api/${name}`,
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(input),
    });

  it('answers over https with a certificate the client verifies, and sends HSTS', async () => {
    expect(web.url).toBe(`https://127.0.0.1:${web.port}/`);
    const page = await httpsCall({ port: web.port, ca, path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['strict-transport-security']).toBe('max-age=31536000');
  });

  it('makes the session cookie Secure', async () => {
    const res = await post('auth.login', { username: 'lan', password: PASSWORD }, { Origin: `https://127.0.0.1:${web.port}` });
    expect(JSON.parse(res.body).ok).toBe(true);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
  });

  it('refuses the same origin over plain http, and does not speak plain http at all', async () => {
    const res = await post('auth.login', { username: 'lan', password: PASSWORD }, { Origin: `http://127.0.0.1:${web.port}` });
    expect(res.status).toBe(403);
    const plain = new Promise<number>((resolve, reject) => {
      httpRequest({ host: '127.0.0.1', port: web.port, path: '/' }, (r) => resolve(r.statusCode ?? 0))
        .on('error', reject)
        .end();
    });
    await expect(plain.then((s) => s !== 200).catch(() => true)).resolves.toBe(true);
  });
});

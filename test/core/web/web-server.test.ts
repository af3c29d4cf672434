import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { methods } from '../../../src-main/core/app/domains';
import { startWebServer, type WebServer } from '../../../src-main/web/server';
import { makeTestCore } from '../../fixtures/core';
import { webCoreOf } from '../../fixtures/web-core';
import { httpRequest, postApi } from './web-client';

describe('web mode server', () => {
  let core: Core;
  let web: WebServer;
  let bearer: Record<string, string>;

  beforeAll(async () => {
    core = await makeTestCore();
    const staticDir = mkdtempSync(join(tmpdir(), 'antq-web-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>antq</title>');
    writeFileSync(join(tmpdir(), 'antq-secret.txt'), 'secret');
    web = await startWebServer({ core: webCoreOf(core), port: 0, staticDir, maxBodyBytes: 4096 });
    bearer = { Authorization: `Bearer ${web.token}` };
  });
  afterAll(async () => {
    await web.close();
    core.close();
  });

  it('prints an address on 127.0.0.1 with a 32-byte token', () => {
    expect(web.url).toBe(`http://127.0.0.1:${web.port}/?token=${web.token}`);
    expect(Buffer.from(web.token, 'base64url')).toHaveLength(32);
  });

  it('refuses an API call without the token with 401 and a Vietnamese message', async () => {
    const res = await postApi(web.port, 'system.status', {});
    expect(res.status).toBe(401);
    const body = JSON.parse(res.body);
    expect(body).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(body.error.message).toMatch(/mã truy cập/);
  });

  it('refuses a wrong token and the app page without a token', async () => {
    expect((await postApi(web.port, 'system.status', {}, { Authorization: `Bearer ${web.token.slice(1)}x` })).status).toBe(401);
    expect((await httpRequest(web.port, { path: '/' })).status).toBe(401);
    expect((await httpRequest(web.port, { path: '/?token=wrong' })).status).toBe(401);
  });

  it('answers a call with the Bearer token as the core would', async () => {
    const res = await postApi(web.port, 'system.status', {}, bearer);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: { path: null } });
  });

  it('trades the printed address for an HttpOnly SameSite=Strict cookie and redirects to /', async () => {
    const res = await httpRequest(web.port, { path: `/?token=${web.token}` });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const pair = cookie.split(';')[0] ?? '';
    const page = await httpRequest(web.port, { path: '/', headers: { Cookie: pair } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>antq</title>');
    const call = await postApi(web.port, 'system.status', {}, { Cookie: pair, Origin: `http://127.0.0.1:${web.port}` });
    expect(JSON.parse(call.body).ok).toBe(true);
  });

  it('lists every method with its role and input JSON Schema', async () => {
    const res = await httpRequest(web.port, { path: '/api/schema', headers: bearer });
    const schema = JSON.parse(res.body) as { methods: Record<string, { role: string; input: { type?: string } }> };
    expect(Object.keys(schema.methods).sort()).toEqual(Object.keys(methods).sort());
    for (const m of Object.values(schema.methods)) {
      expect(['anyone', 'viewer', 'clerk', 'admin']).toContain(m.role);
      expect(m.input.type).toBe('object');
    }
    expect((await httpRequest(web.port, { path: '/api/schema' })).status).toBe(401);
  });

  it('answers malformed JSON with a Vietnamese VALIDATION error', async () => {
    const res = await postApi(web.port, 'system.status', '{"broken":', bearer);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'Dữ liệu gửi lên không phải JSON hợp lệ.' } });
  });

  it('refuses bodies over the size limit and non-JSON content types', async () => {
    const big = await postApi(web.port, 'system.status', { pad: 'x'.repeat(5000) }, bearer);
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).error.code).toBe('VALIDATION');
    const form = await postApi(web.port, 'system.status', 'a=1', { ...bearer, 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
  });

  it("answers the core's refusals with 200 and the ApiResult, exactly as IPC does", async () => {
    const unknown = await postApi(web.port, 'nothing.here', {}, bearer);
    expect(unknown.status).toBe(200);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const invalid = await postApi(web.port, 'system.settings.update', { officeName: '' }, bearer);
    expect(invalid.status).toBe(200);
    const body = JSON.parse(invalid.body);
    expect(body).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(body.error.issues.map((i: { path: string[] }) => i.path[0])).toContain('officeName');
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const res = await postApi(web.port, 'system.status', {}, { ...bearer, Host: `evil.example:${web.port}` });
    expect(res.status).toBe(403);
    const localhost = await postApi(web.port, 'system.status', {}, { ...bearer, Host: `localhost:${web.port}` });
    expect(localhost.status).toBe(200);
  });

  it('refuses a POST from a foreign Origin even with the cookie', async () => {
    const res = await postApi(web.port, 'system.status', {}, { ...bearer, Origin: 'http://evil.example' });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error.code).toBe('FORBIDDEN');
  });

  it('sends a strict CSP and nosniff on every response', async () => {
    const res = await httpRequest(web.port, { path: '/' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../antq-secret.txt', '/%2e%2e/antq-secret.txt', '/..%2fantq-secret.txt', '/%2e%2e%5cantq-secret.txt']) {
      const res = await httpRequest(web.port, { path, headers: bearer });
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('secret');
    }
  });
});

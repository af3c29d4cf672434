import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { startWebServer, type WebServer } from '../../../src-main/web/server';
import { admin, callOk, makeTestCore } from '../../fixtures/core';
import { webCoreOf } from '../../fixtures/web-core';
import { postApi } from './web-client';

/** Issue 9 items 8, 9, 11 and 12: what a hostile body gets over HTTP, and what it leaves in the data. */
describe('hostile input over HTTP', () => {
  let core: Core;
  let web: WebServer;
  const call = async (name: string, body: unknown) => {
    const res = await postApi(web.port, name, body, { Authorization: `Bearer ${web.token}` });
    return { status: res.status, body: JSON.parse(res.body) as { ok: boolean; data?: unknown; error?: { code: string; message: string } } };
  };
  const catalogueNames = () => core.env.store.all<{ name: string }>('SELECT name FROM catalogue_entries ORDER BY name').map((r) => r.name);

  beforeAll(async () => {
    core = await makeTestCore();
    web = await startWebServer({
      core: webCoreOf(core),
      port: 0,
      staticDir: mkdtempSync(join(tmpdir(), 'antq-web-')),
      timeouts: { headersMs: 400, requestMs: 2_000 },
    });
  });
  afterAll(async () => {
    await web.close();
    core.close();
  });

  it('answers JSON nested 100,000 deep with a VALIDATION error, never a 500 (item 8)', async () => {
    for (const method of ['units.get', 'units.children', 'system.status', 'commendations.listDecisions']) {
      const deep = `{"id": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
      const res = await call(method, deep);
      expect(res.status, method).toBe(200);
      expect(res.body.error?.code, method).toBe('VALIDATION');
      expect(res.body.error?.message).toMatch(/lồng nhau quá sâu/);
    }
  });

  it('refuses 100,000 unit kinds, 100,000 filter keys and a 1 MB id (item 9)', async () => {
    const kinds = Array.from({ length: 100_000 }, () => 'commune');
    expect((await call('units.children', { kinds })).body.error?.code).toBe('VALIDATION');
    expect((await call('units.search', { query: 'a', kinds })).body.error?.code).toBe('VALIDATION');
    const filters = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, 'x']));
    expect((await call('commendations.listDecisions', { filters })).body.error?.code).toBe('VALIDATION');
    expect((await call('commendations.listDecisions', { filters: { nope: 'x' } })).body.error?.message).toMatch(/nope/);
    const bigId = 'a'.repeat(1024 * 1024);
    for (const method of ['commendations.getDecision', 'units.get', 'sessions.get', 'certificates.progress']) {
      const res = await call(method, method === 'certificates.progress' ? { jobId: bigId } : { id: bigId });
      expect(res.body.error?.code, method).toBe('VALIDATION');
      expect(res.body.error?.message.length, method).toBeLessThan(300);
    }
  });

  it('refuses NUL, other control characters and lone surrogates, naming the field, and stores nothing (item 11)', async () => {
    const before = catalogueNames();
    for (const name of ['a\u0000b', 'a\u001bb', 'a\ud800b', 'a\udc00b', 'Dòng một\nDòng hai', 'a\tb']) {
      const res = await call('catalogues.create', { catalogue: 'occasion', name });
      expect(res.body.error?.code, JSON.stringify(name)).toBe('VALIDATION');
      expect(res.body.error?.message, JSON.stringify(name)).toMatch(/name|Tên mục/);
    }
    expect(catalogueNames()).toEqual(before);
    const settings = { officeName: 'Phòng\u0000', parentBodyName: 'Công an tỉnh', provinceName: 'Bắc Ninh', placeName: 'Bắc Ninh' };
    expect((await call('system.settings.update', settings)).body.error?.code).toBe('VALIDATION');
    expect((await callOk(core, 'system.settings.get', {}, admin)).officeName).toBe('');
    // A multi-line field keeps its line breaks and tabs.
    const unit = await callOk(core, 'units.create', { name: 'Tỉnh A', kind: 'province', note: 'Dòng một\nDòng\thai' }, admin);
    expect(unit.note).toBe('Dòng một\nDòng\thai');
  });

  it('drops __proto__ and constructor keys instead of letting them reach the schema (item 12)', async () => {
    const body = '{"__proto__": {"name": "Từ nguyên mẫu", "catalogue": "occasion"}, "constructor": {"name": "x"}}';
    const res = await call('catalogues.create', body);
    expect(res.body.error?.code).toBe('VALIDATION');
    expect(catalogueNames()).not.toContain('Từ nguyên mẫu');
    expect(({} as Record<string, unknown>).name).toBeUndefined();
  });

  it('closes a connection whose headers trickle in (item 12)', async () => {
    const socket = connect(web.port, '127.0.0.1');
    socket.on('error', () => undefined); // the server's reset is the expected end
    const started = Date.now();
    socket.write('POST /api/system.status HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const keepTrickling = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 100);
    await new Promise<void>((resolve) => socket.on('close', () => resolve()));
    clearInterval(keepTrickling);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

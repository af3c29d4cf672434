import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { startWebServer, type WebServer } from '../../../src-main/web/server';
import { admin, makeTestCore } from '../../fixtures/core';
import { webCoreOf } from '../../fixtures/web-core';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the change stream of web mode, on a core that tells of its writes', () => {
  let core: Core;
  let web: WebServer;
  let feedReads = 0;
  let received = '';
  let stopStream: () => void = () => undefined;

  beforeAll(async () => {
    core = await makeTestCore();
    const feed = core.env.changes;
    if (!feed) throw new Error('the test core has no change feed');
    const dispatch: Core['dispatch'] = (name, input, caller) => {
      if (name === 'changes.since') feedReads += 1;
      return core.dispatch(name, input, caller);
    };
    const staticDir = mkdtempSync(join(tmpdir(), 'antq-web-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>antq</title>');
    web = await startWebServer({ core: webCoreOf({ dispatch, onChanged: (fn) => feed.subscribe(fn) }), port: 0, staticDir });
    await new Promise<void>((resolve, reject) => {
      const headers = { Authorization: `Bearer ${web.token}` };
      const req = request({ host: '127.0.0.1', port: web.port, path: '/api/changes/stream', headers }, (res) => {
        res.on('data', (c: Buffer) => (received += c.toString('utf8')));
        resolve();
      });
      req.on('error', reject);
      req.end();
      stopStream = () => req.destroy();
    });
  });
  afterAll(async () => {
    stopStream();
    await web.close();
    core.close();
  });

  it('reads the feed only when the core records a write (no polling), and sends that write at once', async () => {
    await sleep(700);
    // One read for the starting cursor; a poll every 200 ms would have read three or four times by now.
    expect(feedReads).toBe(1);
    const created = await core.call('units.create', { name: 'Tỉnh Hà Nam', kind: 'province', parentId: null }, admin);
    const id = created.ok ? created.data.id : 'missing';
    for (let i = 0; i < 200 && !received.includes(id); i++) await sleep(5);
    expect(received).toContain(`"kind":"units","ids":["${id}"]`);
    expect(feedReads).toBe(2);
  });
});

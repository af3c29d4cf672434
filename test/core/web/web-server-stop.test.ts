import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CredentialDispatch } from '../../../src-main/web/web-core';
import { startWebServer } from '../../../src-main/web/server';
import { postApi } from './web-client';

describe('stopping web mode', () => {
  it('lets a call in progress finish before it reports the server closed', async () => {
    const events: string[] = [];
    // A slow call (a backup, a big report): the core must not be closed under it.
    const dispatch: CredentialDispatch = async () => {
      await new Promise((r) => setTimeout(r, 300));
      events.push('call finished');
      return { ok: true, data: { slow: true } };
    };
    const web = await startWebServer({ core: { dispatch }, port: 0, staticDir: mkdtempSync(join(tmpdir(), 'antq-web-')) });
    const pending = postApi(web.port, 'system.status', {}, { Authorization: `Bearer ${web.token}` });
    await new Promise((r) => setTimeout(r, 50));
    await web.close();
    events.push('server closed');
    const res = await pending;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, data: { slow: true } });
    expect(events).toEqual(['call finished', 'server closed']);
  });
});

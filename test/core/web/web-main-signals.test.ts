import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../src-main/core/app/open-core';
import { lockPathFor } from '../../../src-main/core/db/lock';
import { admin, callOk, RESOURCES_DIR } from '../../fixtures/core';
import { tempDbPath } from '../db/store-fixture';
import { postApi } from './web-client';

const ROOT = resolve(__dirname, '../../..');
const URL_LINE = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)/;

/** `npm run web` from the sources: the HTTP thread here, the core in its worker thread. */
function startWebMain(dbPath: string): { child: ChildProcess; output: Promise<{ code: number | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src-main/web/main.ts'), '--db', dbPath, '--port', '0'], {
    cwd: ROOT,
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const output = new Promise<{ code: number | null; stdout: string; stderr: string }>((done) =>
    child.on('exit', (code) => done({ code, stdout, stderr })),
  );
  return { child, output };
}

function addressOf(child: ChildProcess): Promise<{ port: number; token: string }> {
  return new Promise((done, fail) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = URL_LINE.exec(out);
      if (m) done({ port: Number(m[1]), token: m[2] ?? '' });
    });
    child.once('exit', (code) => fail(new Error(`web mode exited (${code}) before printing its address`)));
  });
}

describe('web mode with the core in a worker thread', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`closes the database cleanly on ${signal}: saved, checkpointed, lock released, exit 0`, async () => {
      const dbPath = tempDbPath();
      const web = startWebMain(dbPath);
      const { port, token } = await addressOf(web.child);
      const emptyJournal = statSync(`${dbPath}.journal`).size;
      const settings = {
        officeName: 'ĐỘI THAM MƯU',
        parentBodyName: 'CÔNG AN TỈNH HẢI DƯƠNG',
        provinceName: 'Hải Dương',
        placeName: 'Hải Dương',
      };
      const saved = await postApi(port, 'system.settings.update', settings, { Authorization: `Bearer ${token}` });
      expect(JSON.parse(saved.body)).toMatchObject({ ok: true });
      expect(statSync(`${dbPath}.journal`).size).toBeGreaterThan(emptyJournal);

      web.child.kill(signal);
      const { code, stderr } = await web.output;
      expect(code, stderr).toBe(0);
      expect(existsSync(lockPathFor(dbPath))).toBe(false);
      // Checkpointed: the journal holds no record any more; the file itself has the save.
      expect(statSync(`${dbPath}.journal`).size).toBe(emptyJournal);
      const core = await openCore({ dbPath, resourcesDir: RESOURCES_DIR });
      expect(await callOk(core, 'system.settings.get', {}, admin)).toMatchObject(settings);
      core.close();
    });
  }

  it('prints the store’s Vietnamese refusal and exits 1 when the database is held by another program', async () => {
    const dbPath = tempDbPath();
    const holder = await openCore({ dbPath, resourcesDir: RESOURCES_DIR });
    try {
      const { code, stdout, stderr } = await startWebMain(dbPath).output;
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/Chỉ một chương trình được ghi vào một cơ sở dữ liệu/);
    } finally {
      holder.close();
    }
  });
});

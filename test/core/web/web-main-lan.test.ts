import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockPathFor } from '../../../src-main/core/db/lock';
import { tempDbPath } from '../db/store-fixture';

const ROOT = resolve(__dirname, '../../..');

/** `npm run web -- ARGS` from the sources, to its exit. */
function runWebMain(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src-main/web/main.ts'), ...args], { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((done) => child.on('exit', (code) => done({ code, stdout, stderr })));
}

describe('npm run web -- --host on the office network', () => {
  it('refuses to start on a database without accounts, says how to make one, and releases the database', async () => {
    const dbPath = tempDbPath();
    // The check comes before listening, so an address this machine does not have is enough.
    const run = await runWebMain(['--db', dbPath, '--host', '192.168.77.77', '--port', '0']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`tạo tài khoản quản trị bằng lệnh "npm run cli -- users add --db ${dbPath}`);
    expect(existsSync(lockPathFor(dbPath))).toBe(false);
  }, 60_000);

  it('refuses a wildcard address before opening anything', async () => {
    const run = await runWebMain(['--host', '0.0.0.0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Không dùng --host 0.0.0.0');
  }, 60_000);
});

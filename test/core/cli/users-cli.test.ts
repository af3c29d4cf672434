import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run-cli';
import { openCore } from '../../../src-main/core/app/open-core';
import { RESOURCES_DIR } from '../../fixtures/core';

const ROOT = resolve(__dirname, '../../..');
const PASSWORD = 'mật khẩu quản trị 2026';

/** Runs a command in-process; `secret` is what the administrator types for --password-stdin. */
async function cli(argv: string[], secret: string | null = null) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), readSecret: () => Promise.resolve(secret) };
  const code = await runCli(argv, io, { resourcesDir: RESOURCES_DIR });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function canSignIn(db: string, username: string, password: string): Promise<boolean> {
  const core = await openCore({ dbPath: db, resourcesDir: RESOURCES_DIR });
  try {
    return (await core.call('auth.login', { username, password }, { kind: 'anonymous' })).ok;
  } finally {
    core.close();
  }
}

describe('cli users', () => {
  it('adds the first administrator from a pipe, without printing the password', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'antq-users-')), 'office.sqlite');
    const args = ['users', 'add', '--db', db, '--username', 'quantri', '--role', 'admin', '--display-name', 'Quản trị', '--password-stdin'];
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src-main/cli/main.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      input: `${PASSWORD}\n`,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Đã tạo tài khoản "quantri" (quản trị).');
    expect(run.stdout + run.stderr).not.toContain(PASSWORD);
  });

  it('lists, resets a password, disables and re-enables an account', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'antq-users-')), 'office.sqlite');
    expect((await cli(['users', 'add', '--db', db, '--username', 'lan', '--role', 'clerk', '--password-stdin'], PASSWORD)).code).toBe(0);
    expect(await canSignIn(db, 'lan', PASSWORD)).toBe(true);

    const list = await cli(['users', 'list', '--db', db]);
    expect(list).toMatchObject({ code: 0, err: '' });
    expect(list.out).toBe('lan\tlan\tcán bộ\tđang hoạt động');

    const reset = await cli(['users', 'reset-password', '--db', db, '--username', 'LAN', '--password-stdin'], 'mật khẩu mới của lan');
    expect(reset.code).toBe(0);
    expect(await canSignIn(db, 'lan', PASSWORD)).toBe(false);
    expect(await canSignIn(db, 'lan', 'mật khẩu mới của lan')).toBe(true);

    expect((await cli(['users', 'disable', '--db', db, '--username', 'lan'])).out).toContain('Đã khoá tài khoản "lan".');
    expect((await cli(['users', 'list', '--db', db])).out).toContain('đã khoá');
    expect(await canSignIn(db, 'lan', 'mật khẩu mới của lan')).toBe(false);
    expect((await cli(['users', 'disable', '--db', db, '--username', 'lan', '--enable'])).code).toBe(0);
    expect(await canSignIn(db, 'lan', 'mật khẩu mới của lan')).toBe(true);
  });

  it('refuses a password on the command line, a short one, an unknown user and a bad role, in Vietnamese', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'antq-users-')), 'office.sqlite');
    const noStdin = await cli(['users', 'add', '--db', db, '--username', 'lan', '--role', 'clerk', '--password', PASSWORD]);
    expect(noStdin).toMatchObject({ code: 2, err: expect.stringContaining('--password-stdin') });
    expect(noStdin.err).not.toContain(PASSWORD);
    const short = await cli(['users', 'add', '--db', db, '--username', 'lan', '--role', 'clerk', '--password-stdin'], 'ngắn');
    expect(short).toMatchObject({ code: 1, err: 'Mật khẩu cần ít nhất 10 ký tự.' });
    expect((await cli(['users', 'add', '--db', db, '--username', 'lan', '--role', 'root', '--password-stdin'], PASSWORD)).code).toBe(2);
    expect(await cli(['users', 'disable', '--db', db, '--username', 'khong-co'])).toMatchObject({
      code: 1,
      err: expect.stringContaining('Không có tài khoản "khong-co"'),
    });
    expect((await cli(['users', 'frobnicate', '--db', db])).code).toBe(2);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run-cli';
import { openCore } from '../../../src-main/core/app/open-core';
import { RESOURCES_DIR, callOk } from '../../fixtures/core';

const ROOT = resolve(__dirname, '../../..');

/** Runs a command in-process and captures what it printed. */
async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, { resourcesDir: RESOURCES_DIR });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'antq-cli-')), 'office.sqlite');
}

const office = (officeName: string) => ({
  officeName,
  parentBodyName: 'CÔNG AN TỈNH BẮC NINH',
  provinceName: 'Bắc Ninh',
  placeName: 'Bắc Ninh',
});

async function setOfficeName(db: string, name: string): Promise<void> {
  const core = await openCore({ dbPath: db, resourcesDir: RESOURCES_DIR });
  await callOk(core, 'system.settings.update', office(name));
  core.close();
}

async function officeName(db: string): Promise<string> {
  const core = await openCore({ dbPath: db, resourcesDir: RESOURCES_DIR });
  const s = await callOk(core, 'system.settings.get', {});
  core.close();
  return s.officeName;
}

describe('cli', () => {
  it('init creates a database that check finds healthy', async () => {
    const db = tempDb();
    const init = await cli('init', '--db', db);
    expect(init.code).toBe(0);
    expect(init.out).toContain('Đã tạo cơ sở dữ liệu');
    const check = await cli('check', '--db', db);
    expect(check).toMatchObject({ code: 0, err: '' });
    expect(check.out).toContain('Kiểm tra toàn vẹn (sau khi áp dụng nhật ký): đạt.');
    expect(check.out).toContain('Kết luận: cơ sở dữ liệu tốt.');
  });

  it('check reports journaled writes not yet checkpointed, and changes nothing', async () => {
    const db = tempDb();
    const core = await openCore({ dbPath: db, resourcesDir: RESOURCES_DIR });
    await callOk(core, 'system.settings.update', office('PHÒNG A'));
    const dbBytes = readFileSync(db);
    const journalBytes = readFileSync(`${db}.journal`);
    const check = await cli('check', '--db', db);
    expect(check.code).toBe(0);
    expect(check.out).toContain('1 giao dịch đã xác nhận');
    expect(check.out).toMatch(/Đang được mở bởi chương trình số \d+/);
    expect(readFileSync(db).equals(dbBytes)).toBe(true);
    expect(readFileSync(`${db}.journal`).equals(journalBytes)).toBe(true);
    core.close();
  });

  it('check fails with a clear message on a damaged file, a missing file and a missing --db', async () => {
    const db = tempDb();
    await cli('init', '--db', db);
    const bytes = readFileSync(db);
    writeFileSync(db, bytes.subarray(0, 1000));
    const check = await cli('check', '--db', db);
    expect(check.code).toBe(1);
    expect(check.err).toContain(`Không mở được cơ sở dữ liệu "${db}"`);
    expect(check.err).toContain('CÓ VẤN ĐỀ');
    expect((await cli('check', '--db', `${db}.khong-co`)).code).toBe(1);
    expect(await cli('check')).toMatchObject({ code: 2, err: 'Thiếu tệp cơ sở dữ liệu: hãy thêm --db ĐƯỜNG_DẪN_TỆP.' });
    expect((await cli('khong-co-lenh', '--db', db)).code).toBe(2);
  });

  it('backup, list-backups, and restore with undo', async () => {
    const db = tempDb();
    await setOfficeName(db, 'PHÒNG A');
    const backup = await cli('backup', '--db', db);
    expect(backup.code).toBe(0);
    const made = /"(office-[^"]+-manual\.sqlite)"/.exec(backup.out)?.[1] ?? '';
    expect(made).not.toBe('');
    expect((await cli('list-backups', '--db', db)).out).toContain(made);
    await setOfficeName(db, 'PHÒNG B');

    const restored = await cli('restore', made, '--db', db);
    expect(restored.code).toBe(0);
    expect(await officeName(db)).toBe('PHÒNG A');
    const undo = /"(office-[^"]+-before-restore\.sqlite)"/.exec(restored.out)?.[1] ?? '';
    expect(undo).not.toBe('');
    expect((await cli('restore', undo, '--db', db)).code).toBe(0);
    expect(await officeName(db)).toBe('PHÒNG B');
  });

  it('restores over a file that cannot be opened, keeping that file byte for byte', async () => {
    const db = tempDb();
    await setOfficeName(db, 'PHÒNG A');
    const made = /"(office-[^"]+\.sqlite)"/.exec((await cli('backup', '--db', db)).out)?.[1] ?? '';
    const garbage = Buffer.from('SQLite format 3\0 nhưng phần còn lại là rác'.repeat(200));
    writeFileSync(db, garbage);
    // Journals left by the damaged file must not be replayed over the restored one.
    writeFileSync(`${db}.journal.next`, 'nhật ký của tệp hỏng');
    expect((await cli('backup', '--db', db)).code).toBe(1);
    const restored = await cli('restore', made, '--db', db);
    expect(restored.code).toBe(0);
    const kept = /Tệp cũ được giữ lại: "([^"]+)"/.exec(restored.out)?.[1] ?? '';
    expect(readFileSync(kept).equals(garbage)).toBe(true);
    expect(readFileSync(`${kept}.journal.next`, 'utf8')).toBe('nhật ký của tệp hỏng');
    expect((await cli('check', '--db', db)).code).toBe(0);
    expect(await officeName(db)).toBe('PHÒNG A');
  });

  it('refuses a restore without a backup name or with an unknown one', async () => {
    const db = tempDb();
    await cli('init', '--db', db);
    expect((await cli('restore', '--db', db)).code).toBe(2);
    const unknown = await cli('restore', 'khong-co.sqlite', '--db', db);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Không tìm thấy bản sao lưu "khong-co.sqlite"');
  });

  it('runs as a program: help exits 0, check on a corrupt file exits non-zero', () => {
    const db = tempDb();
    writeFileSync(db, 'không phải cơ sở dữ liệu');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src-main/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
    const help = run('help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('restore BACKUP --db FILE');
    const check = run('check', '--db', db);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('tệp không phải cơ sở dữ liệu SQLite');
    rmSync(db);
  });
});

describe('cli: a file named on the command line that cannot be read', () => {
  it('is named in the message and fails the command, for every command that reads one', async () => {
    const db = tempDb();
    expect((await cli('init', '--db', db)).code).toBe(0);
    const missing = join(tmpdir(), 'khong-co-tep-nay.xlsx');
    const cases: [string[], string][] = [
      [['import', '--db', db, '--kind', 'models', '--file', missing], 'tệp'],
      [['import-units', '--db', db, '--file', missing], 'tệp'],
      [['import-package', '--db', db, '--file', missing], 'tệp gói'],
      [['offices', 'add', '--db', db, '--key', missing, '--id', 'CAH-X'], 'tệp khoá'],
    ];
    for (const [argv, what] of cases) {
      const r = await cli(...argv);
      expect(r.code, argv[0]).toBe(1);
      expect(r.err, argv[0]).toBe(`Không đọc được ${what} "${missing}".`);
    }
  });
});

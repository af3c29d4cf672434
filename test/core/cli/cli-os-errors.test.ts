import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run-cli';
import { openCore } from '../../../src-main/core/app/open-core';
import { admin, callOk, RESOURCES_DIR } from '../../fixtures/core';
import { failFs } from '../db/fs-faults';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, { resourcesDir: RESOURCES_DIR });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let undo: (() => void) | null = null;
afterEach(() => {
  undo?.();
  undo = null;
});

describe('cli and the operating system', () => {
  it('check fails on a read-only database (opening refuses it), naming the file', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'antq-cli-')), 'office.sqlite');
    expect((await cli('init', '--db', db)).code).toBe(0);
    chmodSync(db, 0o444);
    const bytes = readFileSync(db);
    const check = await cli('check', '--db', db);
    expect(check.code).not.toBe(0);
    expect(check.err).toContain(`"${db}"`);
    expect(check.err).toMatch(/chỉ đọc/);
    const backup = await cli('backup', '--db', db);
    expect(backup.code).not.toBe(0);
    expect(backup.err).toMatch(/chỉ đọc/);
    expect(readFileSync(db).equals(bytes)).toBe(true);
  });

  it('a report written to a folder without write permission is explained in Vietnamese', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'antq-cli-')), 'office.sqlite');
    const core = await openCore({ dbPath: db, resourcesDir: RESOURCES_DIR });
    await callOk(core, 'units.create', { name: 'Tỉnh Thử', kind: 'province', parentId: null }, admin);
    core.close();
    const out = join(mkdtempSync(join(tmpdir(), 'antq-cli-out-')), 'bao-cao.xlsx');
    undo = failFs('openSync', 'EACCES', ([file]) => String(file).startsWith(out));
    const report = await cli('report', '--db', db, '--from', '2026-01-01', '--to', '2026-12-31', '--out', out);
    expect(report.code).not.toBe(0);
    expect(report.err).toContain('Không có quyền ghi vào thư mục');
    expect(report.err).not.toMatch(/EACCES|permission denied|không mong muốn/);
  });
});

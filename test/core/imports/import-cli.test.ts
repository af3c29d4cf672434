import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importCommand } from '../../../src-main/cli/commands/import';
import type { Core } from '../../../src-main/core/app/open-core';
import { makeTestCore } from '../../fixtures/core';
import { aUnitTree, testClock } from '../../fixtures/records';
import { tableDigest, xlsxBase64 } from './xlsx';

let core: Core;
let out: string[];
let err: string[];
const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
beforeEach(async () => {
  core = await makeTestCore({ clock: testClock });
  aUnitTree(core);
  out = [];
  err = [];
});
afterEach(() => core.close());

const run = (flags: Record<string, string | true>) => importCommand.run({ positional: [], flags }, io, core);
const HEADER = ['Ngày', 'Đơn vị', 'Loại địa điểm', 'Hình thức', 'Nội dung, chủ đề'];

async function fileOf(rows: (string | number)[][]): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'import-cli-')), 'buoi.xlsx');
  writeFileSync(file, Buffer.from(await xlsxBase64(rows), 'base64'));
  return file;
}

describe('the import command', () => {
  it('prints the preview and changes nothing on --dry-run, then imports', async () => {
    const file = await fileOf([HEADER, ['05/03/2026', 'Phường Ái Quốc', 'Khu dân cư', 'Tuyên truyền', 'Chủ đề']]);
    const before = tableDigest(core);
    expect(await run({ kind: 'sessions', file, 'dry-run': true })).toBe(0);
    expect(out).toContain('  cột A → Ngày');
    expect(out.at(-1)).toBe('Kiểm tra xong: 1 dòng hợp lệ; chưa lưu gì (--dry-run).');
    expect(tableDigest(core)).toBe(before);
    expect(await run({ kind: 'sessions', file })).toBe(0);
    expect(out.at(-1)).toMatch(/^Đã nhập 1 dòng \(mã lần nhập /);
  });

  it('prints each problem by row and column and exits 1 with nothing saved', async () => {
    const file = await fileOf([HEADER, ['31/02/2026', 'Phường Ái Quốc', 'Khu dân cư', 'Tuyên truyền', 'Chủ đề']]);
    const before = tableDigest(core);
    expect(await run({ kind: 'sessions', file })).toBe(1);
    expect(err).toEqual(['Dòng 2, cột A (Ngày): Ngày "31/02/2026" không có thật.', 'Có 1 lỗi; chưa lưu dòng nào.']);
    expect(tableDigest(core)).toBe(before);
  });

  it('refuses an unknown kind or a missing file with exit 2', async () => {
    expect(await run({ kind: 'units', file: 'x.xlsx' })).toBe(2);
    expect(await run({ kind: 'models' })).toBe(2);
    expect(err[0]).toMatch(/--kind/);
  });
});

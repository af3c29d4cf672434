import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importUnitsCommand } from '../../../src-main/cli/commands/import-units';
import type { Core } from '../../../src-main/core/app/open-core';
import { makeTestCore, RESOURCES_DIR } from '../../fixtures/core';

let core: Core;
let out: string[];
let err: string[];
const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
beforeEach(async () => {
  core = await makeTestCore();
  out = [];
  err = [];
});
afterEach(() => core.close());

const run = (flags: Record<string, string>) => importUnitsCommand.run({ positional: [], flags }, io, core);

describe('the import-units command', () => {
  it('imports the sample file and says how many units it added', async () => {
    expect(await run({ file: join(RESOURCES_DIR, 'samples/units-sample.csv') })).toBe(0);
    expect(out).toEqual(['Đã nhập 26 đơn vị.']);
  });

  it('prints every row problem and exits 1 with nothing saved', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'units-')), 'bad.csv');
    writeFileSync(file, 'Tên,Cấp,Mã,Mã cấp trên\nTỉnh A,tỉnh,A,\nXã B,xã,B,ZZ\nThôn C,ấp bản,C,A\n');
    expect(await run({ file })).toBe(1);
    expect(err[0]).toMatch(/2 dòng có lỗi; chưa lưu dòng nào/);
    expect(err[1]).toMatch(/^Dòng 4, cột "Cấp"/);
    expect(core.env.store.get('SELECT COUNT(*) AS n FROM units')).toEqual({ n: 0 });
  });

  it('refuses a missing file flag or an unknown format with exit 2', async () => {
    expect(await run({})).toBe(2);
    expect(await run({ file: 'units.ods' })).toBe(2);
    expect(err.join('\n')).toMatch(/--file/);
  });
});

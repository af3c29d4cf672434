import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run-cli';
import { openCore } from '../../../src-main/core/app/open-core';
import { RESOURCES_DIR, callOk } from '../../fixtures/core';
import { entryId } from '../../fixtures/seed/catalogue-ids';
import { packageDatabase } from './offices';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, { resourcesDir: RESOURCES_DIR });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli: office, offices, export-package, import-package', () => {
  it('a district sets its office at init, the province registers its key, a package travels', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'antq-exchange-'));
    const district = join(dir, 'huyen.sqlite');
    const province = join(dir, 'tinh.sqlite');
    const init = await cli(
      'init',
      '--db',
      district,
      '--office-id',
      'CAH-AN',
      '--office-code',
      '311',
      '--office-name',
      'Công an huyện An',
      '--office-level',
      'huyen',
      '--office-parent',
      'CAT-TN',
    );
    expect(init.code, init.err).toBe(0);
    expect(init.out).toContain('Dấu vân tay khoá:');
    expect((await cli('init', '--db', province)).code).toBe(0);
    expect(
      (await cli('office', 'set', '--db', province, '--id', 'CAT-TN', '--code', '31', '--name', 'Công an tỉnh', '--level', 'tinh')).code,
    ).toBe(0);

    const core = await openCore({ dbPath: district, resourcesDir: RESOURCES_DIR });
    const top = await callOk(core, 'units.create', { code: '31', name: 'Tỉnh Thử', kind: 'province', parentId: null });
    const unit = await callOk(core, 'units.create', { code: '311', name: 'Huyện An', kind: 'district', parentId: top.id });
    await callOk(core, 'sessions.create', {
      heldOn: '2017-03-01',
      unitId: unit.id,
      venueKindId: entryId('KHU_DAN_CU'),
      formId: entryId('TUYEN_TRUYEN'),
      topic: 'Tuyên truyền',
    });
    const key = (await callOk(core, 'office.get', {}))!.publicKey;
    core.close();
    const keyFile = join(dir, 'huyen-an.pem');
    writeFileSync(keyFile, key);

    const addOffice = [
      'offices',
      'add',
      '--db',
      province,
      '--key',
      keyFile,
      '--id',
      'CAH-AN',
      '--name',
      'Công an huyện An',
      '--level',
      'huyen',
    ];
    expect((await cli(...addOffice)).out).toContain('so dấu vân tay');
    expect((await cli(...addOffice, '--confirm')).out).toContain('Đã đăng ký');

    const pack = join(dir, 'goi.antq');
    const made = await cli('export-package', '--db', district, '--to', 'CAT-TN', '--out', pack);
    expect(made.code, made.err).toBe(0);
    // Format 2: the package's SQLite database, gzipped.
    expect(packageDatabase(readFileSync(pack)).subarray(0, 15).toString()).toBe('SQLite format 3');

    const before = readFileSync(province);
    const dry = await cli('import-package', '--db', province, '--file', pack, '--dry-run');
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain('Buổi tuyên truyền: 1 mới, 0 thay đổi, 0 xoá');
    expect(dry.out).toContain('Đơn vị 311 "Huyện An": sẽ tạo mới');
    expect(readFileSync(province).equals(before)).toBe(true);
    const applied = await cli('import-package', '--db', province, '--file', pack);
    expect(applied.out).toContain('Đã nhận gói.');
    expect((await cli('offices', 'list', '--db', province)).out).toContain('gói gần nhất số 1');
    const replay = await cli('import-package', '--db', province, '--file', pack);
    expect(replay.out).toContain('đã được nhận trước đây');
  }, 60_000);
});

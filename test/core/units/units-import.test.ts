import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { admin, callOk, clerk, makeTestCore, RESOURCES_DIR, viewer } from '../../fixtures/core';
import { aUnit } from './builders';

let core: Core;
beforeEach(async () => {
  core = await makeTestCore();
});
afterEach(() => core.close());

const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
const unitCount = () => core.env.store.get<{ n: number }>('SELECT COUNT(*) AS n FROM units')?.n ?? -1;

async function importFails(format: 'csv' | 'xlsx', content: string | Buffer) {
  const r = await core.dispatch('units.import', { format, contentBase64: b64(content) }, admin);
  if (r.ok) throw new Error('import unexpectedly succeeded');
  return r.error;
}

describe('units.import from CSV', () => {
  it('imports the sample list with Vietnamese headers, parents listed after their children included', async () => {
    const csv = readFileSync(join(RESOURCES_DIR, 'samples/units-sample.csv'));
    const r = await callOk(core, 'units.import', { format: 'csv', contentBase64: b64(csv) });
    expect(r).toEqual({ created: 26, rows: 26 });
    const hit = await callOk(core, 'units.search', { query: 'duc chinh' }, viewer);
    expect(hit.rows[0]).toMatchObject({
      name: 'Thôn Đức Chính',
      kind: 'residential_area',
      subkind: 'thôn',
      validFrom: '2025-07-01',
      code: 'HP-X010-T01',
    });
    expect(hit.rows[0]?.path.map((p) => p.name)).toEqual(['Thành phố Hải Phòng', 'Xã Gia Lộc']);
    const old = await callOk(core, 'units.search', { query: 'an thang' }, viewer);
    expect(old.rows[0]).toMatchObject({ kind: 'commune', subkind: 'xã', validUntil: '2025-06-30' });
  });

  it('accepts English headers, a BOM, ISO dates and parents that already exist', async () => {
    const p = await aUnit(core, { name: 'Bắc Ninh', kind: 'province', code: '27' });
    const csv =
      '\uFEFFcode,name,kind,parent_code,valid_from\nBN-1,Phường Kinh Bắc,commune,27,2025-07-01\nBN-1-1,"Tổ dân phố Đình, Bảng",residential_area,BN-1,\n';
    await callOk(core, 'units.import', { format: 'csv', contentBase64: b64(csv) });
    const kids = await callOk(core, 'units.children', { parentId: p.id }, viewer);
    expect(kids.rows.map((k) => k.name)).toEqual(['Phường Kinh Bắc']);
    expect(unitCount()).toBe(3);
  });

  it('saves nothing when any row fails and lists every problem by row and column', async () => {
    await aUnit(core, { name: 'Hải Phòng', kind: 'province', code: '31' });
    const csv = [
      'Mã,Tên,Cấp,Mã cấp trên,Hiệu lực từ',
      'X1,Xã Một,xã,31,01/07/2025', // fine
      'X2,,xã,31,', // 3: no name
      'X3,Xã Ba,làng xã,31,', // 4: unknown kind
      'X4,Xã Bốn,xã,31,31/02/2025', // 5: no such day
      'X5,Xã Năm,xã,99,', // 6: unknown parent
      'X1,Xã Trùng,xã,31,', // 7: duplicate code in the file
      '31,Tỉnh Trùng,tỉnh,,', // 8: code already in the database
      'T1,Thôn Một,thôn,31,', // 9: a thôn under a province
      'T2,Thôn Hai,thôn,X2,', // 10: parent row failed
      'X6,Xã Sáu,xã,31,01/01/2020', // 11: commune under the province before 2025
    ].join('\n');
    const err = await importFails('csv', csv);
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(/^Không nhập được danh sách đơn vị: 9 dòng có lỗi; chưa lưu dòng nào\./);
    const byLine = (err.issues ?? []).map((i) => [i.path[1], i.path[2]]);
    expect(byLine).toEqual([
      [3, 'name'],
      [4, 'kind'],
      [5, 'validFrom'],
      [6, 'parentCode'],
      [7, 'code'],
      [8, 'code'],
      [9, 'parentCode'],
      [10, 'parentCode'],
      [11, 'parentCode'],
    ]);
    const messages = (err.issues ?? []).map((i) => i.message);
    expect(messages[0]).toBe('Dòng 3, cột "Tên": chưa có tên đơn vị.');
    expect(messages[1]).toMatch(/^Dòng 4, cột "Cấp": không hiểu cấp "làng xã"/);
    expect(messages[3]).toMatch(/không tìm thấy đơn vị có mã "99"/);
    expect(messages[4]).toBe('Dòng 7, cột "Mã": mã "X1" trùng với dòng 2.');
    expect(messages[7]).toMatch(/cấp trên \(dòng 3\) có lỗi/);
    expect(unitCount()).toBe(1);
  });

  it('reports a duplicate code even when the first copy has another error', async () => {
    const csv = ['Mã,Tên,Cấp,Mã cấp trên', 'P,Tỉnh P,tỉnh,', 'X1,,xã,P', 'X1,Xã Trùng,xã,P', 'X1,Xã Ba,làng xã,P'].join('\n');
    const err = await importFails('csv', csv);
    expect((err.issues ?? []).map((i) => i.message)).toEqual([
      'Dòng 3, cột "Tên": chưa có tên đơn vị.',
      'Dòng 4, cột "Mã": mã "X1" trùng với dòng 3.',
      expect.stringMatching(/^Dòng 5, cột "Cấp": không hiểu cấp "làng xã"/),
      'Dòng 5, cột "Mã": mã "X1" trùng với dòng 3.',
    ]);
    expect(unitCount()).toBe(0);
  });

  it('checks a file without saving it (dryRun): the counts of a clean file, every problem of a bad one', async () => {
    const csv = readFileSync(join(RESOURCES_DIR, 'samples/units-sample.csv'));
    const checked = await callOk(core, 'units.import', { format: 'csv', contentBase64: b64(csv), dryRun: true });
    expect(checked).toEqual({ created: 26, rows: 26 });
    expect(unitCount()).toBe(0);
    const bad = await core.dispatch(
      'units.import',
      { format: 'csv', contentBase64: b64('Mã,Tên,Cấp\nA,,tỉnh\nA,Tỉnh B,tỉnh\n'), dryRun: true },
      admin,
    );
    expect(bad.ok ? [] : (bad.error.issues ?? []).map((i) => [i.path[1], i.path[2]])).toEqual([
      [2, 'name'],
      [3, 'code'],
    ]);
    expect(unitCount()).toBe(0);
    await callOk(core, 'units.import', { format: 'csv', contentBase64: b64(csv) });
    expect(unitCount()).toBe(26);
  });

  it('finds the header below a title and reports the row numbers a spreadsheet shows, blank lines included', async () => {
    const csv = 'DANH SÁCH ĐƠN VỊ,,\n,,\nMã,Tên,Cấp\nP,Tỉnh P,tỉnh\n\n\nX,Xã X,huyện xã\n';
    const err = await importFails('csv', csv);
    expect(err.issues).toEqual([
      { path: ['rows', 7, 'kind'], message: expect.stringMatching(/^Dòng 7, cột "Cấp": không hiểu cấp "huyện xã"/) },
    ]);
  });

  it('refuses a file without the required headers, an empty file and a cycle of parents', async () => {
    expect((await importFails('csv', 'Mã,Tên\nA,B\n')).issues?.[0]?.message).toBe('Dòng 1, cột "Cấp": thiếu cột "Cấp" trong dòng tiêu đề.');
    expect((await importFails('csv', 'Tên,Cấp\n')).message).toMatch(/không có dòng dữ liệu/);
    const cycle = await importFails('csv', 'Mã,Tên,Cấp,Mã cấp trên\nA,Xã A,xã,B\nB,Xã B,xã,A\n');
    expect(cycle.issues?.map((i) => i.path[1])).toEqual([2, 3]);
    expect(unitCount()).toBe(0);
  });

  it('is for administrators only and validates its input', async () => {
    const r = await core.dispatch('units.import', { format: 'csv', contentBase64: b64('Tên,Cấp\nA,tỉnh') }, clerk);
    expect(r.ok ? 'ok' : r.error.code).toBe('FORBIDDEN');
    const bad = await core.dispatch('units.import', { format: 'ods', contentBase64: '%%' }, admin);
    expect(bad.ok ? [] : bad.error.issues?.map((i) => i.path[0])).toEqual(['format', 'contentBase64']);
  });
});

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đơn vị');
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('units.import from XLSX', () => {
  it('reads the first sheet, with real date cells and numeric codes', async () => {
    const xlsx = await workbook([
      ['Mã đơn vị', 'Tên đơn vị', 'Cấp', 'Mã cấp trên', 'Hiệu lực từ', 'Hiệu lực đến'],
      [30, 'Tỉnh Hải Dương', 'Tỉnh', null, null, new Date(Date.UTC(2025, 5, 30))],
      ['30-1', 'Huyện Gia Lộc', 'Huyện', 30, null, '30/06/2025'],
      ['30-1-1', 'Xã Đoàn Thượng', 'Xã', '30-1', new Date(Date.UTC(1999, 0, 1)), '30/06/2025'],
    ]);
    await callOk(core, 'units.import', { format: 'xlsx', contentBase64: xlsx.toString('base64') });
    const hit = await callOk(core, 'units.search', { query: 'doan thuong' }, viewer);
    expect(hit.rows[0]).toMatchObject({ validFrom: '1999-01-01', validUntil: '2025-06-30', subkind: 'xã' });
    expect(hit.rows[0]?.path.map((p) => p.name)).toEqual(['Tỉnh Hải Dương', 'Huyện Gia Lộc']);
  });

  it('saves nothing from a workbook with one bad row', async () => {
    const xlsx = await workbook([
      ['code', 'name', 'kind', 'parent code'],
      ['P', 'Tỉnh P', 'province', null],
      ['D', 'Huyện D', 'district', 'P'],
      ['R', 'Thôn R', 'thôn', 'D'],
    ]);
    const err = await importFails('xlsx', xlsx);
    expect(err.issues).toEqual([
      { path: ['rows', 4, 'parentCode'], message: 'Dòng 4, cột "Mã cấp trên": khu dân cư không thể trực thuộc huyện/quận/thị xã.' },
    ]);
    expect(unitCount()).toBe(0);
  });

  it('keeps the sheet row numbers under a title and after empty rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.getCell('A1').value = 'DANH SÁCH ĐƠN VỊ NĂM 2026';
    ws.getRow(3).values = ['Tên', 'Cấp', 'Mã'];
    ws.getRow(4).values = ['Tỉnh Q', 'tỉnh', 'Q'];
    ws.getRow(9).values = ['', 'xã', 'QX'];
    const err = await importFails('xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(err.issues?.map((i) => i.message)).toEqual(['Dòng 9, cột "Tên": chưa có tên đơn vị.']);
  });

  it('answers a damaged workbook in Vietnamese', async () => {
    expect((await importFails('xlsx', Buffer.from('not a zip at all'))).message).toMatch(/Không đọc được tệp Excel/);
  });
});

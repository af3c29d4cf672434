import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { aUnitTree, testClock } from '../../fixtures/records';
import { tableDigest, xlsxBase64, type CellInput } from './xlsx';

let core: Core;
beforeEach(async () => {
  core = await makeTestCore({ clock: testClock });
  aUnitTree(core);
  // The fixture clerk's account is made on its first call: made here, before any test takes a digest.
  await callOk(core, 'sessions.list', { sort: [{ column: 'heldOn', dir: 'asc' }] }, clerk);
});
afterEach(() => core.close());

const HEADER = ['Ngày', 'Đơn vị', 'Loại địa điểm', 'Hình thức', 'Nội dung, chủ đề', 'Số người dự'];
const row = (date: CellInput, attendees: CellInput = 10): CellInput[] => [
  date,
  'Phường Ái Quốc',
  'Khu dân cư',
  'Tuyên truyền',
  'Chủ đề',
  attendees,
];

/** Applies a file that must be refused; checks nothing changed and returns the refusal's problems. */
async function refused(file: string) {
  const before = tableDigest(core);
  const preview = await callOk(core, 'imports.preview', { kind: 'sessions', fileBase64: file }, clerk);
  expect(preview.ready).toBe(false);
  const r = await core.call('imports.apply', { kind: 'sessions', fileBase64: file }, clerk);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.code).toBe('VALIDATION');
  expect(tableDigest(core)).toBe(before);
  return preview;
}

/** A preview with the clerk's mapping that must not be ready; nothing changes. */
async function refusedWithMapping(file: string, mapping: (string | null)[]) {
  const before = tableDigest(core);
  const preview = await callOk(core, 'imports.preview', { kind: 'sessions', fileBase64: file, mapping }, clerk);
  expect(preview.ready).toBe(false);
  const r = await core.call('imports.apply', { kind: 'sessions', fileBase64: file, mapping }, clerk);
  expect(r.ok).toBe(false);
  expect(tableDigest(core)).toBe(before);
  return preview;
}

async function heldOnAndAttendees() {
  const list = await callOk(core, 'sessions.list', { sort: [{ column: 'heldOn', dir: 'asc' }] }, viewer);
  return list.rows.map((r) => [r.heldOn, r.attendees]);
}

describe('Excel pitfalls of an import', () => {
  it('refuses a file missing a required column, naming it', async () => {
    const preview = await refused(await xlsxBase64([HEADER.slice(0, 5).filter((h) => h !== 'Hình thức'), row('05/03/2026').slice(0, 4)]));
    expect(preview.problems.map((p) => p.message)).toContain('Thiếu cột bắt buộc "Hình thức": thêm cột này vào tệp hoặc chọn cột chứa nó.');
  });

  it('refuses duplicate headers, naming both columns', async () => {
    const preview = await refused(
      await xlsxBase64([
        [...HEADER, 'Ngày tổ chức'],
        [...row('05/03/2026'), '06/03/2026'],
      ]),
    );
    expect(preview.problems[0]!.message).toMatch(/^Các cột A, G cùng là "Ngày"/);
  });

  it('lets the clerk correct the mapping: the duplicate column ignored, another column chosen', async () => {
    const file = await xlsxBase64([
      [...HEADER, 'Ngày tổ chức', 'Người nói'],
      [...row('05/03/2026'), '06/03/2026', 'Anh Ba'],
    ]);
    const mapping = ['heldOn', 'unitId', 'venueKindId', 'formId', 'topic', 'attendees', null, 'presenter'];
    const preview = await callOk(core, 'imports.preview', { kind: 'sessions', fileBase64: file, mapping }, clerk);
    expect(preview.ready).toBe(true);
    await callOk(core, 'imports.apply', { kind: 'sessions', fileBase64: file, mapping }, clerk);
    expect((await callOk(core, 'sessions.list', {}, viewer)).rows[0]).toMatchObject({ heldOn: '2026-03-05', presenter: 'Anh Ba' });
  });

  it('finds the header below title rows, skips blank rows between, and reads merged cells as shown', async () => {
    const file = await xlsxBase64(
      [
        ['CÔNG AN TỈNH HẢI DƯƠNG'],
        ['DANH SÁCH BUỔI TUYÊN TRUYỀN NĂM 2026'],
        [],
        HEADER,
        row('05/03/2026', 5),
        [],
        [],
        ['06/03/2026', null, 'Khu dân cư', 'Tuyên truyền', 'Chủ đề', 6],
        ['07/03/2026', null, 'Khu dân cư', 'Tuyên truyền', 'Chủ đề', 7],
      ],
      (sheet) => {
        sheet.mergeCells('A1:F1');
        // "Phường Ái Quốc" written once for rows 8 and 9.
        sheet.getCell('B8').value = 'Phường Ái Quốc';
        sheet.mergeCells('B8:B9');
      },
    );
    const preview = await callOk(core, 'imports.preview', { kind: 'sessions', fileBase64: file }, clerk);
    expect(preview).toMatchObject({ headerRow: 4, rows: 3, ready: true });
    await callOk(core, 'imports.apply', { kind: 'sessions', fileBase64: file }, clerk);
    expect(await heldOnAndAttendees()).toEqual([
      ['2026-03-05', 5],
      ['2026-03-06', 6],
      ['2026-03-07', 7],
    ]);
  });

  it("uses a formula's saved result, and refuses a formula that has none", async () => {
    const good = await xlsxBase64([HEADER, row('05/03/2026', { formula: '2*6', result: 12 })]);
    await callOk(core, 'imports.apply', { kind: 'sessions', fileBase64: good }, clerk);
    expect(await heldOnAndAttendees()).toEqual([['2026-03-05', 12]]);
    const bad = await refused(await xlsxBase64([HEADER, row('06/03/2026', { formula: 'SUM(X1:X9)', date1904: false })]));
    expect(bad.problems[0]).toMatchObject({ row: 2, column: 'F' });
    expect(bad.problems[0]!.message).toContain('công thức chưa có kết quả');
  });

  it('reads dates typed as text (with the two-digit-year pivot), as serial numbers and as date cells', async () => {
    const file = await xlsxBase64([
      HEADER,
      row('05/03/2026', 1),
      row('6/3/26', 2),
      row(46088, 3), // Excel's serial of 07/03/2026
      row(new Date(Date.UTC(2026, 2, 8)), 4),
      row('09.03.2026', 5),
    ]);
    await callOk(core, 'imports.apply', { kind: 'sessions', fileBase64: file }, clerk);
    expect(await heldOnAndAttendees()).toEqual([
      ['2026-03-05', 1],
      ['2026-03-06', 2],
      ['2026-03-07', 3],
      ['2026-03-08', 4],
      ['2026-03-09', 5],
    ]);
  });

  it('names a bad date, a future date and a non-number by row and column', async () => {
    const preview = await refused(await xlsxBase64([HEADER, row('31/02/2026'), row('05/03/2099'), row('05/03/2026', 'mười')]));
    expect(preview.problems.map((p) => p.message)).toEqual([
      'Dòng 2, cột A (Ngày): Ngày "31/02/2026" không có thật.',
      expect.stringMatching(/^Dòng 3, cột A \(Ngày\): /),
      'Dòng 4, cột F (Số người dự): "mười" không phải là số.',
    ]);
  });

  it('reads "1.275" typed as text as one thousand two hundred seventy-five', async () => {
    await callOk(core, 'imports.apply', { kind: 'sessions', fileBase64: await xlsxBase64([HEADER, row('05/03/2026', '1.275')]) }, clerk);
    expect(await heldOnAndAttendees()).toEqual([['2026-03-05', 1275]]);
  });

  it('saves nothing from 10,000 rows with one bad cell at row 9,999, and names that row and column', async () => {
    const rows: CellInput[][] = [HEADER];
    for (let i = 2; i <= 10_001; i += 1) rows.push(row('05/03/2026', i === 9_999 ? 'nhiều' : i));
    const file = await xlsxBase64(rows);
    const before = tableDigest(core);
    const r = await core.call('imports.apply', { kind: 'sessions', fileBase64: file }, clerk);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toBe(
        'Không nhập được tệp: 1 lỗi; chưa lưu dòng nào. Dòng 9.999, cột F (Số người dự): "nhiều" không phải là số.',
      );
      expect(r.error.issues).toHaveLength(1);
    }
    expect(tableDigest(core)).toBe(before);
    expect((await callOk(core, 'sessions.list', {}, viewer)).total).toBe(0);
  }, 180_000);

  it('refuses a file that is not an XLSX, in Vietnamese', async () => {
    const r = await core.call('imports.preview', { kind: 'sessions', fileBase64: Buffer.from('not a zip').toString('base64') }, clerk);
    expect(r.ok ? null : r.error.message).toMatch(/^Không đọc được tệp Excel/);
  });

  it('never takes an id from the file: an id column is ignored, and a mapping to a field the kind lacks is refused', async () => {
    const NIL = '00000000-0000-4000-8000-000000000001';
    const file = await xlsxBase64([
      ['id', ...HEADER],
      [NIL, ...row('05/03/2026')],
    ]);
    const preview = await callOk(core, 'imports.preview', { kind: 'sessions', fileBase64: file }, clerk);
    expect(preview.columns[0]).toMatchObject({ letter: 'A', header: 'id', field: null });
    for (const field of ['id', '__proto__', 'version']) {
      const mapping = [field, 'heldOn', 'unitId', 'venueKindId', 'formId', 'topic', 'attendees'];
      const refusedMapping = await refusedWithMapping(file, mapping);
      expect(refusedMapping.problems[0]!.message).toBe(`Cột A được ghép với trường "${field}" không có trong loại dữ liệu này.`);
    }
    await callOk(core, 'imports.apply', { kind: 'sessions', fileBase64: file }, clerk);
    expect(core.env.store.all('SELECT id FROM propaganda_sessions WHERE id = ?', [NIL])).toEqual([]);
  });

  it('refuses a sheet without any recognised header', async () => {
    const preview = await refused(
      await xlsxBase64([
        ['a', 'b'],
        ['1', '2'],
      ]),
    );
    expect(preview.problems[0]!.message).toMatch(/^Không tìm thấy dòng tiêu đề/);
  });
});

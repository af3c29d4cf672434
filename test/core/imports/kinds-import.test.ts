import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { aModel, aUnitTree, testClock } from '../../fixtures/records';
import { createDecision, seedReferences } from '../commendations/fixtures';
import { tableDigest, xlsxBase64 } from './xlsx';

let core: Core;
let units: ReturnType<typeof aUnitTree>;
beforeEach(async () => {
  core = await makeTestCore({ clock: testClock });
  units = aUnitTree(core);
});
afterEach(() => core.close());

describe('imports of every record kind', () => {
  it('imports models by the headers a clerk writes, without diacritics', async () => {
    const file = await xlsxBase64([
      ['Ten mo hinh', 'Loai mo hinh', 'Dia ban', 'Ngay thanh lap', 'So thanh vien'],
      ['Tiếng kẻng thôn Đông Hà', 'Tiếng kẻng an ninh', 'Thôn Đông Hà', '01/02/2026', '1.200'],
    ]);
    const done = await callOk(core, 'imports.apply', { kind: 'models', fileBase64: file }, clerk);
    expect(done.created).toBe(1);
    const list = await callOk(core, 'models.list', {}, viewer);
    expect(list.rows[0]).toMatchObject({ name: 'Tiếng kẻng thôn Đông Hà', unitId: units.area, foundedOn: '2026-02-01', members: 1200 });
    expect(await callOk(core, 'imports.undo', { importId: done.id }, clerk)).toEqual({ removed: 1 });
    expect((await callOk(core, 'models.list', {}, viewer)).total).toBe(0);
  });

  it('imports outcomes by unit and month, and refuses a month the unit has already', async () => {
    const modelId = await aModel(core, units.area, 'Tiếng kẻng');
    const file = await xlsxBase64([
      ['Đơn vị', 'Tháng', 'Tin báo nhận được', 'Tin có giá trị', 'Mô hình'],
      ['Phường Ái Quốc', '03/2026', 12, 3, null],
      ['Thôn Đông Hà', 'tháng 4/2026', 2, 1, 'Tiếng kẻng'],
    ]);
    await callOk(core, 'imports.apply', { kind: 'outcomes', fileBase64: file }, clerk);
    const list = await callOk(core, 'outcomes.list', { sort: [{ column: 'period', dir: 'asc' }] }, viewer);
    expect(list.rows.map((r) => [r.unitName, r.period, r.tipsReceived, r.modelId])).toEqual([
      ['Phường Ái Quốc', '2026-03', 12, null],
      ['Thôn Đông Hà', '2026-04', 2, modelId],
    ]);
    const before = tableDigest(core);
    const again = await callOk(core, 'imports.preview', { kind: 'outcomes', fileBase64: file }, clerk);
    expect(again.problemCount).toBe(2);
    expect(again.problems[0]).toMatchObject({ row: 2 });
    expect(tableDigest(core)).toBe(before);
  });

  it('imports registrations with a result chosen by its title', async () => {
    const file = await xlsxBase64([
      ['Năm', 'Đơn vị', 'Ngày đăng ký', 'Kết quả', 'Số QĐ công nhận', 'Ngày QĐ'],
      [2026, 'Thôn Đông Hà', '10/01/2026', 'Đạt', '12/QĐ-UBND', '05/11/2026'],
      [2026, 'Trường THPT Nguyễn Trãi', '11/01/2026', 'chua danh gia', null, null],
    ]);
    await callOk(core, 'imports.apply', { kind: 'registrations', fileBase64: file }, clerk);
    const list = await callOk(core, 'registrations.list', { sort: [{ column: 'registeredOn', dir: 'asc' }] }, viewer);
    expect(list.rows.map((r) => [r.unitName, r.assessment, r.recognised])).toEqual([
      ['Thôn Đông Hà', 'passed', true],
      ['Trường THPT Nguyễn Trãi', 'pending', false],
    ]);
    const bad = await callOk(
      core,
      'imports.preview',
      {
        kind: 'registrations',
        fileBase64: await xlsxBase64([
          ['Năm', 'Đơn vị', 'Ngày đăng ký', 'Kết quả'],
          [2026, 'Phường Ái Quốc', '10/01/2026', 'Giỏi'],
        ]),
      },
      clerk,
    );
    expect(bad.problems[0]!.message).toBe(
      'Dòng 2, cột D (Kết quả): "Giỏi" không phải là một lựa chọn; hãy ghi một trong: Chưa đánh giá, Đạt, Chưa đạt.',
    );
  });

  it('imports recipients into the chosen decision, and wants a decision', async () => {
    seedReferences(core);
    const decision = await createDecision(core);
    const file = await xlsxBase64([
      ['STT', 'Họ và tên', 'Giới tính', 'Năm sinh', 'Chức vụ', 'Đơn vị công tác', 'Thành tích'],
      [1, 'Nguyễn Thị Ánh Tuyết', 'Nữ', 1980, 'Trưởng thôn', 'Thôn Đông Hà', 'Có thành tích xuất sắc'],
      [2, 'Trần Văn Bình', 'Nam', 1975, 'Công an viên', 'Phường Ái Quốc', 'Có thành tích'],
    ]);
    const none = await core.call('imports.preview', { kind: 'recipients', fileBase64: file }, clerk);
    expect(none.ok ? null : none.error.message).toBe('Chọn quyết định khen thưởng để nhập danh sách người/tập thể được khen.');
    const done = await callOk(core, 'imports.apply', { kind: 'recipients', fileBase64: file, decisionId: decision.id }, clerk);
    expect(done).toMatchObject({ created: 2, decisionId: decision.id });
    const list = await callOk(core, 'commendations.listRecipients', { decisionId: decision.id }, viewer);
    expect(list.rows.map((r) => [r.name, r.kind, r.gender, r.birthYear])).toEqual([
      ['Nguyễn Thị Ánh Tuyết', 'individual', 'female', 1980],
      ['Trần Văn Bình', 'individual', 'male', 1975],
    ]);
    expect((await callOk(core, 'imports.last', { kind: 'recipients', decisionId: decision.id }, viewer)).last?.id).toBe(done.id);
    await callOk(core, 'imports.undo', { importId: done.id }, clerk);
    expect((await callOk(core, 'commendations.listRecipients', { decisionId: decision.id }, viewer)).total).toBe(0);
    const twice = await core.call('imports.undo', { importId: done.id }, clerk);
    expect(twice.ok ? null : twice.error.message).toBe('Lần nhập này đã được hoàn tác rồi.');
  });
});

describe('two rows of one unit and year in the same file', () => {
  it('pass the preview (each is checked against the stored data) and are refused by the apply, naming the row', async () => {
    const file = await xlsxBase64([
      ['Năm', 'Đơn vị', 'Ngày đăng ký'],
      [2026, 'Thôn Đông Hà', '10/01/2026'],
      [2026, 'Thôn Đông Hà', '11/01/2026'],
    ]);
    expect((await callOk(core, 'imports.preview', { kind: 'registrations', fileBase64: file }, clerk)).ready).toBe(true);
    const before = tableDigest(core);
    const r = await core.call('imports.apply', { kind: 'registrations', fileBase64: file }, clerk);
    expect(r.ok ? null : r.error.message).toMatch(
      /^Không nhập được tệp: 1 lỗi; chưa lưu dòng nào\. Dòng 3: Đơn vị "Thôn Đông Hà" đã đăng ký/,
    );
    expect(tableDigest(core)).toBe(before);
  });
});

describe('imports.template', () => {
  it('makes a template from the kind: headers an import recognises, comments, date format, choice lists', async () => {
    const t = await callOk(core, 'imports.template', { kind: 'sessions' }, clerk);
    expect(t.fileName).toBe('mau-nhap-tuyen-truyen.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(t.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual([
      'Ngày',
      'Đơn vị',
      'Loại địa điểm',
      'Hình thức',
      'Nội dung, chủ đề',
      'Báo cáo viên',
      'Số người dự',
      'Hộ ký cam kết',
      'Tài liệu phát',
      'Mô hình tổ chức',
      'Ghi chú',
    ]);
    expect(String(sheet.getCell('A1').note)).toContain('dd/mm/yyyy');
    expect(sheet.getColumn(1).numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$A$2:$A$5"] });
    expect(workbook.getWorksheet('Danh mục')!.getCell('A2').value).toBe('Cơ quan');

    // Filled in, the template imports as it is.
    sheet.addRow([new Date(Date.UTC(2026, 2, 5)), 'Phường Ái Quốc', 'Cơ quan', 'Tuyên truyền', 'Chủ đề']);
    const filled = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const preview = await callOk(core, 'imports.preview', { kind: 'sessions', fileBase64: filled }, clerk);
    expect(preview).toMatchObject({ headerRow: 1, rows: 1, ready: true });
  });

  it('offers a choice field as a drop-down list of its titles', async () => {
    const t = await callOk(core, 'imports.template', { kind: 'registrations' }, clerk);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(t.base64, 'base64') as unknown as ArrayBuffer);
    const lists = workbook.getWorksheet('Danh mục')!;
    expect([lists.getCell('A1').value, lists.getCell('A2').value, lists.getCell('A3').value]).toEqual(['Kết quả', 'Chưa đánh giá', 'Đạt']);
  });
});

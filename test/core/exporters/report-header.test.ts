import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { readWorkbook } from '../../../src-main/core/exporters/excel';
import type { ReportHeader } from '../../../src-main/contract/reports/report-header';
import { admin, callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { entryId } from '../../fixtures/seed/catalogue-ids';
import { convertWithLibreOffice } from '../../fixtures/libreoffice';

let core: Core;
let dir: string;
const YEAR_2017 = { period: { kind: 'year', year: 2017 } } as const;

const HEADER: ReportHeader = {
  parentBody: 'CÔNG AN TỈNH HẢI DƯƠNG',
  issuingBody: 'PHÒNG THAM MƯU',
  number: '15',
  symbol: 'BC-PV01',
  place: 'Hải Dương',
  issuedOn: '2018-01-08',
  subject: 'Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2017',
  recipients: ['Cục Xây dựng phong trào (V05)', 'Đồng chí Giám đốc', 'Lưu: VT, PV01'],
  signingForm: 'KT.',
  onBehalfOf: 'Trưởng phòng',
  signerTitle: 'Phó Trưởng phòng',
  signerName: 'Trần Văn Khải',
};

async function exportTo(method: 'reports.exportPdf' | 'reports.exportDocx' | 'reports.exportXlsx', input: object, name: string) {
  const file = await callOk(core, method, input as never, viewer);
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(file.base64, 'base64'));
  return path;
}

const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });

beforeAll(async () => {
  core = await makeTestCore({ clock: () => new Date('2026-12-01T08:00:00Z') });
  dir = mkdtempSync(join(tmpdir(), 'antq-header-'));
  const province = (await callOk(core, 'units.create', { name: 'Tỉnh Hải Dương', kind: 'province', parentId: null }, admin)).id;
  const commune = (await callOk(core, 'units.create', { name: 'Xã An Phú', kind: 'commune', parentId: province }, admin)).id;
  await callOk(core, 'sessions.create', {
    heldOn: '2017-05-10',
    unitId: commune,
    venueKindId: entryId('KHU_DAN_CU'),
    formId: entryId('TUYEN_TRUYEN'),
    topic: 'Phòng chống tội phạm',
    attendees: 45,
  });
  await callOk(
    core,
    'system.settings.update',
    { officeName: 'Phòng Tham mưu', parentBodyName: 'Công an tỉnh Hải Dương', provinceName: 'Hải Dương', placeName: 'Hải Dương' },
    admin,
  );
}, 60_000);
afterAll(() => core.close());

describe('the header before anything is saved', () => {
  it('is prefilled from the office settings, dated today but never before the period ends, and the PDF carries no form hint', async () => {
    const { header, saved } = await callOk(core, 'reports.header.get', YEAR_2017, viewer);
    expect(saved).toBe(false);
    expect(header).toMatchObject({ parentBody: 'CÔNG AN TỈNH HẢI DƯƠNG', issuingBody: 'PHÒNG THAM MƯU', place: 'Hải Dương', number: '' });
    expect(header.issuedOn).toBe('2026-12-01');
    const thisYear = await callOk(core, 'reports.header.get', { period: { kind: 'year', year: 2026 } }, viewer);
    expect(thisYear.header.issuedOn).toBe('2026-12-31');
    const text = pdfText(await exportTo('reports.exportPdf', YEAR_2017, 'prefilled.pdf'));
    expect(text).toContain('Số:');
    expect(text).not.toContain('Ký, ghi rõ họ tên');
  });

  it('refuses an export signed before the period ends', async () => {
    const r = await core.dispatch('reports.exportPdf', { ...YEAR_2017, signedOn: '2017-06-30' }, viewer);
    expect(r.ok ? '' : r.error.message).toContain('Ngày ban hành 30/06/2017 trước ngày cuối kỳ báo cáo');
  });
});

describe('a saved header', () => {
  beforeAll(async () => {
    await callOk(core, 'reports.header.save', { ...YEAR_2017, header: HEADER }, clerk);
  }, 30_000);

  it('refuses a date of issue before the period ends, naming the field', async () => {
    const r = await core.dispatch('reports.header.save', { ...YEAR_2017, header: { ...HEADER, issuedOn: '2017-12-30' } }, clerk);
    expect(r.ok ? null : r.error.issues?.[0]).toMatchObject({ path: ['header', 'issuedOn'] });
    expect(r.ok ? '' : r.error.message).toContain('Ngày ban hành 30/12/2017 trước ngày cuối kỳ báo cáo (31/12/2017)');
  });

  it('is read back for the same report and prefills the next one, with a blank number', async () => {
    expect(await callOk(core, 'reports.header.get', YEAR_2017, viewer)).toEqual({ header: HEADER, saved: true });
    const next = await callOk(core, 'reports.header.get', { period: { kind: 'half', year: 2018 } }, viewer);
    expect(next.header).toMatchObject({ symbol: 'BC-PV01', recipients: HEADER.recipients, signerName: 'Trần Văn Khải', number: '' });
    expect(next.header.issuedOn).toBe('2026-12-01');
  });

  it('prints every field as entered in the PDF, and the Word file says the same after LibreOffice opens it', async () => {
    const pdf = pdfText(await exportTo('reports.exportPdf', YEAR_2017, 'saved.pdf'));
    const docx = pdfText(convertWithLibreOffice(await exportTo('reports.exportDocx', YEAR_2017, 'saved.docx')));
    for (const text of [pdf, docx]) {
      expect(text).toContain('CÔNG AN TỈNH HẢI DƯƠNG');
      expect(text).toContain('Số: 15/BC-PV01');
      expect(text).toContain('Hải Dương, ngày 08 tháng 01 năm 2018');
      expect(text).toContain(HEADER.subject);
      expect(text).toContain('- Cục Xây dựng phong trào (V05);');
      expect(text).toContain('- Lưu: VT, PV01.');
      expect(text).not.toContain('Bộ Công an (V05)');
      expect(text).toContain('KT. TRƯỞNG PHÒNG');
      expect(text).toContain('PHÓ TRƯỞNG PHÒNG');
      expect(text).toContain('Trần Văn Khải');
      expect(text).not.toContain('Ký, ghi rõ họ tên');
      expect(text).not.toMatch(/Tổ quốc Từ ngày/);
    }
  }, 120_000);

  it('puts the same header block, "Số: …" included, on the workbook summary sheet, which LibreOffice opens', async () => {
    const path = await exportTo('reports.exportXlsx', YEAR_2017, 'saved.xlsx');
    const sheet = (await readWorkbook(readFileSync(path))).getWorksheet('Tổng hợp')!;
    expect(sheet.getCell('A1').value).toBe('CÔNG AN TỈNH HẢI DƯƠNG');
    expect(sheet.getCell('A3').value).toBe('Số: 15/BC-PV01');
    expect(sheet.getCell(6, 1).value).toBe(HEADER.subject);
    const cells: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    expect(cells).toEqual(expect.arrayContaining(['KT. TRƯỞNG PHÒNG', 'Trần Văn Khải', '- Lưu: VT, PV01.']));
    expect(cells.join('\n')).not.toContain('Ký, ghi rõ họ tên');
    expect(pdfText(convertWithLibreOffice(path))).toContain('Số: 15/BC-PV01');
  }, 120_000);
});

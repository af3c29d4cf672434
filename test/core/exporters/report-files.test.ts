import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { readWorkbook } from '../../../src-main/core/exporters/excel';
import { OFFICIAL_FIRST_DATA_ROW } from '../../../src-main/core/exporters/xlsx-official-table';
import { reportCommand } from '../../../src-main/cli/commands/report';
import { admin, callOk, makeTestCore, viewer } from '../../fixtures/core';
import { KNOWN_2016, KNOWN_2017 } from '../../fixtures/seed/known-totals';
import { seedProvince2017 } from '../../fixtures/seed/province-2017';
import type { ApiInput } from '../../../src-main/contract';

let core: Core;
let dir: string;
let xlsxPath: string;
let pdfPath: string;

// Columns of the summary sheet (A, B, then figures 1…): where each known total sits.
const COL = {
  modelsExisting: 3,
  modelsNew: 4,
  sessions: 5,
  attendees: 6,
  households: 7,
  tips: 8,
  valuable: 9,
  cases: 10,
  arrests: 11,
  kdcRegistered: 12,
  kdcRecognised: 13,
  communeRegistered: 14,
  communeRecognised: 15,
  orgRegistered: 16,
  orgRecognised: 17,
} as const;

beforeAll(async () => {
  core = await makeTestCore();
  await seedProvince2017(core);
  await callOk(
    core,
    'system.settings.update',
    { officeName: 'Phòng Tham mưu', parentBodyName: 'Công an tỉnh Hải Dương', provinceName: 'Hải Dương', placeName: 'Hải Dương' },
    admin,
  );
  dir = mkdtempSync(join(tmpdir(), 'antq-report-'));
  const input: ApiInput<'reports.exportXlsx'> = {
    period: { kind: 'year', year: 2017 },
    signerTitle: 'Trưởng phòng',
    signerName: 'Nguyễn Thị Ánh Tuyết',
    signedOn: '2018-01-05',
  };
  const xlsx = await callOk(core, 'reports.exportXlsx', input, viewer);
  const pdf = await callOk(core, 'reports.exportPdf', input, viewer);
  xlsxPath = join(dir, xlsx.fileName);
  pdfPath = join(dir, pdf.fileName);
  writeFileSync(xlsxPath, Buffer.from(xlsx.base64, 'base64'));
  writeFileSync(pdfPath, Buffer.from(pdf.base64, 'base64'));
}, 180_000);
afterAll(() => core.close());

describe('the 2017 workbook', () => {
  it('reads back with exceljs: the province total row holds the known totals as SUM formulas that add up', async () => {
    const wb = await readWorkbook(readFileSync(xlsxPath));
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      'So sánh cùng kỳ',
      'Mô hình',
      'Mô hình giải thể',
      'Buổi tuyên truyền',
      'Kết quả',
      'Đăng ký ANTT',
      'Khen thưởng',
    ]);
    const sheet = wb.getWorksheet('Tổng hợp')!;
    expect(sheet.getCell('A1').value).toBe('CÔNG AN TỈNH HẢI DƯƠNG');
    expect(sheet.getCell(OFFICIAL_FIRST_DATA_ROW - 1, 3).value).toBe('1');
    let totalRow = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(2).value === 'Tổng cộng') totalRow = n;
    });
    expect(totalRow).toBeGreaterThan(OFFICIAL_FIRST_DATA_ROW);
    const numeric = (r: number, c: number): number => {
      const v = sheet.getCell(r, c).value;
      if (typeof v === 'number') return v;
      if (v && typeof v === 'object' && 'result' in v) return Number(v.result);
      return 0;
    };
    const expected = { ...KNOWN_2017 } as Record<string, number>;
    for (const [key, c] of Object.entries(COL)) {
      expect(numeric(totalRow, c), key).toBe(expected[key]);
      // Evaluate the SUM formula over the cells it names: the cached value must be what Excel computes.
      const cell = sheet.getCell(totalRow, c).value as { formula: string };
      const args = /^SUM\((.*)\)$/.exec(cell.formula)![1]!.split(',');
      let sum = 0;
      for (const a of args) {
        const [from, to] = a.split(':').map((ref) => Number(ref.replace(/^[A-Z]+/, '')));
        for (let r = from!; r <= (to ?? from)!; r++) sum += numeric(r, c);
      }
      expect(sum, key).toBe(expected[key]);
    }
    expect(sheet.getCell(totalRow, COL.cases).numFmt).toBe('#,##0');
    // Every district subtotal is a SUM over its commune rows whose cached value is what Excel computes.
    let subtotals = 0;
    for (let r = OFFICIAL_FIRST_DATA_ROW; r < totalRow; r++) {
      const v = sheet.getCell(r, COL.sessions).value;
      if (!v || typeof v !== 'object' || !('formula' in v)) continue;
      subtotals += 1;
      const [from, to] = /^SUM\(C?[A-Z]+(\d+):[A-Z]+(\d+)\)$/.exec(String(v.formula))!.slice(1).map(Number);
      let sum = 0;
      for (let k = from!; k <= to!; k++) sum += numeric(k, COL.sessions);
      expect(Number(v.result)).toBe(sum);
    }
    expect(subtotals).toBe(4);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, paperSize: 9 });
  });

  it('streams every record into the detail sheets with the filters above them', async () => {
    const wb = await readWorkbook(readFileSync(xlsxPath));
    const sessions = wb.getWorksheet('Buổi tuyên truyền')!;
    expect(String(sessions.getCell('A2').value)).toContain('Năm 2017');
    expect(sessions.actualRowCount).toBe(4 + KNOWN_2017.sessions);
    const awards = wb.getWorksheet('Khen thưởng')!;
    expect(awards.actualRowCount).toBe(4 + KNOWN_2017.commendations);
  });

  it('lists in the models sheet exactly the models the summary counts, the dissolved ones in a sheet of their own', async () => {
    const wb = await readWorkbook(readFileSync(xlsxPath));
    const dataRows = (name: string) => {
      const sheet = wb.getWorksheet(name)!;
      let header = 0;
      sheet.eachRow((row, n) => {
        if (row.getCell(1).value === 'STT') header = n;
      });
      return sheet.rowCount - header;
    };
    expect(dataRows('Mô hình')).toBe(KNOWN_2017.modelsExisting);
    expect(dataRows('Mô hình giải thể')).toBe(KNOWN_2017.modelsDissolved);
    const statuses: unknown[] = [];
    wb.getWorksheet('Mô hình')!.eachRow((row) => statuses.push(row.getCell(6).value));
    expect(statuses).not.toContain('Đã giải thể');
  });

  it('prints registration years as years (2017), not as numbers with a separator', async () => {
    const sheet = (await readWorkbook(readFileSync(xlsxPath))).getWorksheet('Đăng ký ANTT')!;
    let checked = 0;
    sheet.eachRow((row) => {
      const year = row.getCell(2);
      if (typeof year.value !== 'number') return;
      checked += 1;
      expect(year.value).toBe(2017);
      expect(year.numFmt).toBe('0');
    });
    expect(checked).toBeGreaterThan(1000);
  });

  it('states the period once under the summary titles', async () => {
    const wb = await readWorkbook(readFileSync(xlsxPath));
    const subtitle = String(wb.getWorksheet('So sánh cùng kỳ')!.getCell(6, 1).value);
    expect(subtitle).toBe('(Năm 2017; Toàn tỉnh: Tỉnh Hải Dương)');
    expect(String(wb.getWorksheet('Tổng hợp')!.getCell(7, 1).value)).toBe('(Toàn tỉnh: Tỉnh Hải Dương)');
  });

  it('converts with LibreOffice to CSV showing the same totals and the 2016 column', () => {
    const profile = mkdtempSync(join(tmpdir(), 'lo-'));
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        dir,
        xlsxPath,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const files = readdirSync(dir).filter((f) => f.endsWith('.csv'));
    const summary = readFileSync(
      join(
        dir,
        files.find((f) => f.includes('Tổng hợp'))!,
      ),
      'utf8',
    );
    const total = summary.split('\n').find((l) => l.includes('Tổng cộng'))!;
    const cells = total.split(',').length > 5 ? parseCsv(total) : [];
    expect(cells[COL.cases - 1]).toBe('1275');
    expect(cells[COL.arrests - 1]).toBe('1321');
    expect(cells[COL.kdcRegistered - 1]).toBe('1469');
    expect(cells[COL.communeRegistered - 1]).toBe('265');
    expect(cells[COL.orgRegistered - 1]).toBe('1223');
    expect(cells[COL.modelsNew - 1]).toBe('335');
    const compare = readFileSync(
      join(
        dir,
        files.find((f) => f.includes('So sánh'))!,
      ),
      'utf8',
    );
    const cases = parseCsv(compare.split('\n').find((l) => l.includes('Vụ án điều tra'))!);
    expect(cases.slice(3, 6)).toEqual(['1275', String(KNOWN_2016.cases), String(1275 - KNOWN_2016.cases)]);
  });
});

describe('the 2017 PDF', () => {
  it('shows the known totals and the narrative in its text', () => {
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Năm 2017, toàn tỉnh đã xây dựng được 335 mô hình mới');
    for (const n of ['1.275', '1.321', '1.469', '1.223', '1.300/1.469']) expect(text).toContain(n);
    expect(text).toMatch(/Tổng cộng\s+1\.552\s+335\s+520/);
    expect(text).toContain('Nguyễn Thị Ánh Tuyết');
    const fonts = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' });
    expect(fonts).toMatch(/Tinos/);
  });
});

describe('the report CLI command', () => {
  it('writes the PDF for a dd/mm/yyyy range and refuses a missing date with its usage', async () => {
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const out = join(dir, 'cli-6-thang.pdf');
    expect(await reportCommand.run({ positional: [], flags: { from: '01/01/2017', to: '30/06/2017', out } }, io, core)).toBe(0);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Từ ngày 01/01/2017 đến ngày 30/06/2017');
    expect(await reportCommand.run({ positional: [], flags: { from: '2017-01-01', out } }, io, core)).toBe(2);
    expect(lines.at(-1)).toContain('Cách dùng');
  });
});

describe('a full year from the CLI', () => {
  it('is titled "năm 2017" whether asked as --year or as 01/01–31/12, and writes a Word file', async () => {
    const io = { out: () => undefined, err: () => undefined };
    const pdf = join(dir, 'cli-nam.pdf');
    expect(await reportCommand.run({ positional: [], flags: { from: '01/01/2017', to: '31/12/2017', out: pdf } }, io, core)).toBe(0);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Kết quả phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2017');
    expect(text).not.toContain('01/01/2017');
    const docx = join(dir, 'cli-nam.docx');
    expect(await reportCommand.run({ positional: [], flags: { year: '2017', out: docx } }, io, core)).toBe(0);
    const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(xml).toContain('Kết quả phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2017');
    expect(xml).toContain('Tổng cộng');
    expect(await reportCommand.run({ positional: [], flags: { year: '17', out: docx } }, io, core)).toBe(2);
  });
});

/** Cells of one CSV line with unquoted numbers (LibreOffice writes "#,##0" cells unformatted with the 'false' flag). */
function parseCsv(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line.replace(/\r$/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

import ExcelJS from 'exceljs';
import { ANNEX_COLUMNS, type AnnexData } from './annex.rows';

const FONT = { name: 'Times New Roman', size: 13 };
const WIDTHS = [6, 32, 10, 36, 60, 8];

/** The annex as an Excel workbook: the same title, groups and columns as the PDF, ready to print on A4. */
export async function annexWorkbook(a: AnnexData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'antq-records';
  const ws = wb.addWorksheet('Danh sách', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4' },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const title = (row: number, text: string, opts: Partial<ExcelJS.Font>) => {
    ws.mergeCells(row, 1, row, 6);
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = { ...FONT, size: 14, ...opts };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    ws.getRow(row).height = 36;
  };
  title(1, a.title, { bold: true });
  title(2, a.subtitle, { italic: true });
  const header = ws.getRow(4);
  header.values = [...ANNEX_COLUMNS];
  header.font = { ...FONT, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  const border: Partial<ExcelJS.Borders> = {
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
  };
  for (const g of a.groups) {
    const gr = ws.addRow([g.heading]);
    ws.mergeCells(gr.number, 1, gr.number, 6);
    gr.font = { ...FONT, bold: true };
    for (const r of g.rows) {
      const row = ws.addRow([
        Number(r.seq),
        r.name,
        r.birthYear ? Number(r.birthYear) : '',
        r.positionUnit,
        r.achievement,
        r.registry ? Number(r.registry) : '',
      ]);
      row.font = FONT;
      row.alignment = { vertical: 'top', wrapText: true };
      for (const c of [1, 3, 6]) row.getCell(c).alignment = { horizontal: 'center', vertical: 'top' };
    }
  }
  for (let r = 4; r <= ws.rowCount; r++) for (let c = 1; c <= 6; c++) ws.getCell(r, c).border = border;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

import type { ReportRow, ReportTable } from '../reports/report';
import { addOfficialSheet, type XlsxCellValue, type XlsxSheet, type XlsxStyle, type XlsxWorkbook } from './excel';
import {
  MOTTO,
  NATIONAL_TITLE,
  numberLine,
  placeAndDate,
  recipientLines,
  signatureTitleLines,
  type DocumentHeader,
} from './document-lines';

/** What a sheet prints above and below its table. */
export interface OfficialSheetText {
  header: DocumentHeader;
  title: string;
  subtitle: string;
  /** A third line under the title, in italics (e.g. the scope). */
  note?: string;
}

const FONT = 'Times New Roman';
const THIN = { style: 'thin' as const };
const BOX: XlsxStyle['border'] = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_TOP = 8;
const FIRST_DATA = HEADER_TOP + 3;

export function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Consecutive row numbers as SUM arguments: [11,12,13,20] → "C11:C13,C20" (keeps formulas short). */
export function sumArgs(col: string, rowNumbers: readonly number[]): string {
  const parts: string[] = [];
  let start = rowNumbers[0];
  for (let i = 0; i < rowNumbers.length; i++) {
    const cur = rowNumbers[i]!;
    const next = rowNumbers[i + 1];
    if (next === cur + 1) continue;
    parts.push(start === cur ? `${col}${cur}` : `${col}${start}:${col}${cur}`);
    start = next;
  }
  return parts.join(',');
}

function text(sheet: XlsxSheet, row: number, from: number, to: number, value: string, style: XlsxStyle): void {
  const cell = sheet.getCell(row, from);
  cell.value = value;
  cell.style = style;
  if (to > from) sheet.mergeCells(row, from, row, to);
}

const font = (size: number, extra: Partial<NonNullable<XlsxStyle['font']>> = {}) => ({ name: FONT, size, ...extra });
const centred = { horizontal: 'center' as const, vertical: 'middle' as const, wrapText: true };

/** Quốc hiệu, tiêu ngữ and the issuing body's block with "Số: …", as Nghị định 30/2020 lays out a document's top. */
function writeDocumentHeader(sheet: XlsxSheet, cols: number, t: OfficialSheetText): void {
  const h = t.header;
  const leftEnd = Math.min(2, cols);
  const rightStart = Math.max(leftEnd + 1, cols - 6);
  text(sheet, 1, 1, leftEnd, h.parentBody.toUpperCase(), { font: font(12), alignment: centred });
  text(sheet, 1, rightStart, cols, NATIONAL_TITLE, { font: font(12, { bold: true }), alignment: centred });
  text(sheet, 2, 1, leftEnd, h.issuingBody.toUpperCase(), { font: font(12, { bold: true, underline: true }), alignment: centred });
  text(sheet, 2, rightStart, cols, MOTTO, { font: font(13, { bold: true, underline: true }), alignment: centred });
  text(sheet, 3, 1, leftEnd, numberLine(h), { font: font(13), alignment: centred });
  text(sheet, 3, rightStart, cols, placeAndDate(h), { font: font(13, { italic: true }), alignment: centred });
  text(sheet, 5, 1, cols, t.title.toUpperCase(), { font: font(14, { bold: true }), alignment: centred });
  text(sheet, 6, 1, cols, t.subtitle, { font: font(13, { bold: !!t.note, italic: !t.note }), alignment: centred });
  if (t.note) text(sheet, 7, 1, cols, t.note, { font: font(13, { italic: true }), alignment: centred });
}

function writeColumnHeaders(sheet: XlsxSheet, table: ReportTable): void {
  const headerStyle: XlsxStyle = { font: font(11, { bold: true }), alignment: centred, border: BOX };
  table.columns.forEach((c, i) => {
    const col = i + 1;
    for (const r of [HEADER_TOP, HEADER_TOP + 1]) sheet.getCell(r, col).style = headerStyle;
    sheet.getCell(HEADER_TOP + 2, col).value = c.code;
    sheet.getCell(HEADER_TOP + 2, col).style = { ...headerStyle, font: font(11, { italic: true }) };
    if (c.group === null) {
      sheet.getCell(HEADER_TOP, col).value = c.header;
      sheet.mergeCells(HEADER_TOP, col, HEADER_TOP + 1, col);
      return;
    }
    sheet.getCell(HEADER_TOP + 1, col).value = c.header;
    if (table.columns[i - 1]?.group === c.group) return;
    let end = i;
    while (table.columns[end + 1]?.group === c.group) end++;
    sheet.getCell(HEADER_TOP, col).value = c.group;
    if (end > i) sheet.mergeCells(HEADER_TOP, col, HEADER_TOP, end + 1);
  });
  sheet.getRow(HEADER_TOP + 1).height = 45;
}

function figureCell(table: ReportTable, row: ReportRow, c: number, excelRow: number): XlsxCellValue {
  const v = row.cells[c];
  if (typeof v !== 'number') return v ?? null;
  const column = table.columns[c]!;
  if (column.formula === 'difference') return { formula: `${colLetter(c - 1)}${excelRow}-${colLetter(c)}${excelRow}`, result: v };
  if (row.sumOf && row.sumOf.length > 0) {
    return {
      formula: `SUM(${sumArgs(
        colLetter(c + 1),
        row.sumOf.map((i) => FIRST_DATA + i),
      )})`,
      result: v,
    };
  }
  if (row.sumOf) return { formula: '0', result: 0 };
  return v;
}

function writeRows(sheet: XlsxSheet, table: ReportTable): number {
  table.rows.forEach((row, i) => {
    const r = FIRST_DATA + i;
    const bold = row.kind !== 'unit' && !(row.kind === 'item' && row.level > 0);
    table.columns.forEach((column, c) => {
      const cell = sheet.getCell(r, c + 1);
      cell.value = figureCell(table, row, c, r);
      const v = row.cells[c];
      const isNumber = column.kind === 'number';
      cell.style = {
        font: font(11, { bold }),
        border: BOX,
        alignment: isNumber
          ? { horizontal: 'right', vertical: 'middle' }
          : { horizontal: c === 0 ? 'center' : 'left', vertical: 'middle', wrapText: true, indent: c === 1 ? row.level : 0 },
        numFmt: isNumber && typeof v === 'number' && !Number.isInteger(v) ? '#,##0.0' : '#,##0',
      };
    });
  });
  return FIRST_DATA + table.rows.length;
}

function writeSignature(sheet: XlsxSheet, cols: number, after: number, t: OfficialSheetText): void {
  const rightStart = Math.max(3, cols - 6);
  const r = after + 1;
  text(sheet, r, 1, 2, 'Nơi nhận:', { font: font(12, { bold: true, italic: true }) });
  recipientLines(t.header.recipients).forEach((line, i) => text(sheet, r + 1 + i, 1, 2, line, { font: font(11) }));
  const titles = signatureTitleLines(t.header);
  titles.forEach((line, i) => text(sheet, r + i, rightStart, cols, line, { font: font(13, { bold: true }), alignment: centred }));
  // Room for the signature and the seal, then the signer's name.
  text(sheet, r + titles.length + 4, rightStart, cols, t.header.signerName, { font: font(13, { bold: true }), alignment: centred });
}

/**
 * One official statistical table on its own sheet (biểu thống kê): header blocks, title, the two-row
 * merged headers with the column-code row, rows with subtotals and the total as SUM formulas whose
 * cached values are the report's own figures, then the signature block. Rows are committed in order.
 */
export function writeOfficialTable(
  wb: XlsxWorkbook,
  name: string,
  table: ReportTable,
  t: OfficialSheetText,
  widths: readonly number[],
): void {
  const cols = table.columns.length;
  const sheet = addOfficialSheet(wb, name, `${HEADER_TOP}:${HEADER_TOP + 2}`);
  sheet.columns = table.columns.map((_, i) => ({ width: widths[i] ?? 11 }));
  writeDocumentHeader(sheet, cols, t);
  writeColumnHeaders(sheet, table);
  const end = writeRows(sheet, table);
  writeSignature(sheet, cols, end, t);
  sheet.commit();
}

/** The sheet row (1-based) of the table's first data row; tests read cells relative to it. */
export const OFFICIAL_FIRST_DATA_ROW = FIRST_DATA;

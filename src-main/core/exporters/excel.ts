import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

/**
 * The one module that imports exceljs (4.4.0 is its last release): the rest of the exporters use these
 * aliases, so replacing the library touches this file and the sheet writers' types only.
 */
export type XlsxWorkbook = ExcelJS.stream.xlsx.WorkbookWriter;
export type XlsxSheet = ExcelJS.Worksheet;
export type XlsxCellValue = ExcelJS.CellValue;
export type XlsxBorders = Partial<ExcelJS.Borders>;
export type XlsxStyle = Partial<ExcelJS.Style>;

/**
 * A streaming workbook (stream.xlsx.WorkbookWriter): committed rows leave memory, so 100,000 detail
 * rows stay bounded. Shared strings are off because they would be held until the end.
 */
export function streamingWorkbook(stream: Writable): XlsxWorkbook {
  return new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
}

/** A workbook built in memory (the import templates: a few hundred rows). */
export function newWorkbook(): ExcelJS.Workbook {
  return new ExcelJS.Workbook();
}

/** Reads a workbook back (imports, tests, checks); not for huge files. */
export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/**
 * Adds a sheet printed as an official table: A4 landscape, one page wide, header rows repeated, margins
 * of Nghị định 30/2020. The streaming writer writes sheet properties (fitToPage) when the sheet opens,
 * so the print setup must be given here, not set afterwards.
 */
export function addOfficialSheet(wb: XlsxWorkbook, name: string, titleRows: string): XlsxSheet {
  return wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: titleRows,
      // Top and bottom 20 mm, left 30 mm, right 15 mm, in inches.
      margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C&"Times New Roman"&12Trang &P/&N', oddHeader: '' },
  });
}

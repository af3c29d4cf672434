import ExcelJS from 'exceljs';
import type { Core } from '../../../src-main/core/app/open-core';

/** A cell as a test writes it: a value exceljs stores as it is (text, number, Date, formula object). */
export type CellInput = ExcelJS.CellValue;

/** An XLSX file with one sheet of these rows (row 1 first), as base64; `edit` may merge cells and so on. */
export async function xlsxBase64(rows: readonly (readonly CellInput[])[], edit?: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value;
    });
  });
  edit?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** A digest of every table of the database, to show a refused import changed nothing. */
export function tableDigest(core: Core): string {
  const tables = core.env.store.all<{ name: string }>(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
  );
  return tables
    .map(({ name }) => {
      const rows = core.env.store.all(`SELECT * FROM "${name}"`);
      return `${name}:${rows.length}:${JSON.stringify(rows)}`;
    })
    .join('\n');
}

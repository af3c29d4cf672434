import type ExcelJS from 'exceljs';
import { AppError } from '../api/errors';

/**
 * A cell of an imported sheet as its value was stored, before any field reads it: text, a number, a
 * calendar day (a date cell), empty, or a problem (a formula without a saved result, an error value).
 */
export type SheetCell =
  | { type: 'empty' }
  | { type: 'text'; text: string }
  | { type: 'number'; value: number }
  | { type: 'date'; iso: string }
  | { type: 'problem'; message: string };

/** One row of the first sheet: its number as Excel shows it, its cells from column A. */
export interface SheetRow {
  line: number;
  cells: SheetCell[];
}

const EMPTY: SheetCell = { type: 'empty' };

/** Reads the first sheet of an XLSX file; rows without any value are left out (blank rows in between). */
export async function readSheet(bytes: Buffer): Promise<SheetRow[]> {
  // exceljs (≈29 MB) is loaded at the first import, not when the core starts (the helpers below are pure);
  // through a module of ours, so the bundle loads it with require like the other exporters' chunks.
  const { readWorkbook } = await import('../exporters/excel');
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await readWorkbook(bytes);
  } catch {
    throw new AppError(
      'VALIDATION',
      'Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không đúng định dạng. Hãy mở tệp trong Excel và lưu lại dạng .xlsx.',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('VALIDATION', 'Tệp Excel không có trang tính nào.');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: SheetCell[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) cells.push(readCell(row.getCell(c)));
    // Formatting alone (a border to column XFD) makes cells without a value: they are no columns.
    while (cells.length > 0 && cells[cells.length - 1]!.type === 'empty') cells.pop();
    if (cells.length > 0) rows.push({ line: row.number, cells });
  });
  return rows;
}

/**
 * A merged block shows one value: a block down a column (a unit written once for several rows) gives
 * each row the value, as the clerk sees it; the other columns of a block across a row are empty, so a
 * title merged over A:F does not repeat into every column.
 */
function readCell(cell: ExcelJS.Cell): SheetCell {
  if (cell.isMerged && cell.master !== cell) return cell.master.col === cell.col ? valueCell(cell.master.value) : EMPTY;
  return valueCell(cell.value);
}

function valueCell(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value === 'boolean') return { type: 'text', text: value ? 'TRUE' : 'FALSE' };
  // A date cell: exceljs gives the UTC midnight of the calendar day shown in Excel.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? EMPTY : { type: 'date', iso: value.toISOString().slice(0, 10) };
  if ('error' in value) return { type: 'problem', message: `Ô có lỗi ${value.error}; sửa công thức hoặc nhập giá trị.` };
  if ('richText' in value) return textCell(value.richText.map((part) => part.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return formulaCell(value);
  if ('text' in value) return textCell(String(value.text));
  return EMPTY;
}

/** A formula counts by the result Excel saved with it; a file written by a program that never computed it has none. */
function formulaCell(value: ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue): SheetCell {
  const result = value.result;
  if (result === undefined || result === null) {
    return {
      type: 'problem',
      message: 'Ô chứa công thức chưa có kết quả; hãy mở tệp trong Excel, lưu lại rồi nhập lại (hoặc dán giá trị).',
    };
  }
  if (typeof result === 'object' && !(result instanceof Date)) {
    return { type: 'problem', message: `Công thức trong ô cho lỗi ${result.error}; sửa công thức hoặc nhập giá trị.` };
  }
  return valueCell(result);
}

function textCell(text: string): SheetCell {
  const t = text.trim();
  return t === '' ? EMPTY : { type: 'text', text: t };
}

/** The column letter of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The cell as text (headers, names, free text): numbers as typed, dates dd/mm/yyyy. */
export function cellAsText(cell: SheetCell | undefined): string {
  if (!cell) return '';
  if (cell.type === 'text') return cell.text;
  if (cell.type === 'number') return String(cell.value);
  if (cell.type === 'date') return `${cell.iso.slice(8, 10)}/${cell.iso.slice(5, 7)}/${cell.iso.slice(0, 4)}`;
  return '';
}

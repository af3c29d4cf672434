import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../api/errors';

/** One non-empty row of a file: its number as the spreadsheet shows it, and its cells as text. */
export interface TextRow {
  line: number;
  cells: string[];
}
/** A file's non-empty rows, in order. */
export type TextTable = TextRow[];

/** Reads the first sheet of a CSV or XLSX file into text cells (dates as ISO 'YYYY-MM-DD'). */
export async function readTable(format: 'csv' | 'xlsx', bytes: Buffer): Promise<TextTable> {
  return format === 'csv' ? readCsv(bytes) : readXlsx(bytes);
}

function readCsv(bytes: Buffer): TextTable {
  // Excel saves "CSV UTF-8" with a BOM; papaparse would keep it in the first header.
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  // Empty lines are kept while parsing so each row keeps the number a spreadsheet would show.
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new AppError('VALIDATION', `Tệp CSV bị lỗi ở dòng ${(fatal.row ?? 0) + 1}: thiếu dấu ngoặc kép đóng.`);
  return parsed.data
    .map((row, i) => ({ line: i + 1, cells: row.map((cell) => cell.trim()) }))
    .filter((row) => row.cells.some((v) => v !== ''));
}

async function readXlsx(bytes: Buffer): Promise<TextTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types want its own Buffer alias; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new AppError('VALIDATION', 'Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không đúng định dạng.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('VALIDATION', 'Tệp Excel không có trang tính nào.');
  const table: TextTable = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) cells.push(cellText(row.getCell(c)));
    if (cells.some((v) => v !== '')) table.push({ line: row.number, cells });
  });
  return table;
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  // A date cell: exceljs gives a UTC Date for the calendar day typed into Excel.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value !== null && typeof value === 'object' && 'result' in value && value.result instanceof Date)
    return value.result.toISOString().slice(0, 10);
  return (cell.text ?? '').trim();
}

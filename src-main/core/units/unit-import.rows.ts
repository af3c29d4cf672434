import type { FieldIssue } from '../api/errors';
import { parseVnDate } from '../../shared/vn-date';
import { IMPORT_COLUMN_LABELS, mapHeader, parseKind, type ImportColumn } from './unit-import.columns';
import type { TextTable } from './unit-import.read';
import type { UnitKind } from '../../contract/units/unit';

/** One data row of a unit list, its cells checked on their own (no database). */
export interface ImportRow {
  /** The row's number as the spreadsheet shows it (the header is row 1). */
  line: number;
  code: string | null;
  name: string;
  kind: UnitKind;
  subkind: string | null;
  parentCode: string | null;
  validFrom: string | null;
  validUntil: string | null;
  note: string | null;
}

/** A problem of one cell: path ['rows', line, column], message naming the row and the column. */
export function rowIssue(line: number, column: ImportColumn, reason: string): FieldIssue {
  return { path: ['rows', line, column], message: `Dòng ${line}, cột "${IMPORT_COLUMN_LABELS[column]}": ${reason}` };
}

const LIMITS: Partial<Record<ImportColumn, number>> = { code: 40, name: 200, subkind: 60, note: 1000 };

/** The rows read, every cell problem, and the codes of rejected rows (line by code) for their children's messages. */
export interface ParsedImport {
  rows: ImportRow[];
  issues: FieldIssue[];
  rejectedCodes: Map<string, number>;
}

/** Rows searched for the header: files often open with a title ("DANH SÁCH ĐƠN VỊ") above it. */
const HEADER_SEARCH_ROWS = 10;

/** Reads the table's rows into ImportRows, collecting every cell problem. */
export function parseImportRows(table: TextTable): ParsedImport {
  const rejectedCodes = new Map<string, number>();
  const headerAt = table.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => {
    const m = mapHeader(r.cells);
    return m.name !== undefined && m.kind !== undefined;
  });
  if (headerAt < 0) {
    const cols = mapHeader(table[0]?.cells ?? []);
    const missing = (['name', 'kind'] as const).filter((c) => cols[c] === undefined);
    return {
      rows: [],
      issues: missing.map((c) => rowIssue(table[0]?.line ?? 1, c, `thiếu cột "${IMPORT_COLUMN_LABELS[c]}" trong dòng tiêu đề.`)),
      rejectedCodes,
    };
  }
  const cols = mapHeader(table[headerAt]!.cells);
  const data = table.slice(headerAt + 1);
  if (data.length === 0) return { rows: [], issues: [{ path: ['rows'], message: 'Tệp không có dòng dữ liệu nào.' }], rejectedCodes };
  const issues: FieldIssue[] = [];
  const rows: ImportRow[] = [];
  // First line of every code, rows with other errors included: a copy is reported even when the
  // first one is rejected for something else, so the clerk sees both problems in one pass.
  const firstLine = new Map<string, number>();
  for (const { line, cells } of data) {
    const row = parseRow(cells, cols, line, issues);
    const code = cols.code === undefined ? '' : (cells[cols.code] ?? '').trim().normalize('NFC');
    const first = code === '' ? undefined : firstLine.get(code);
    if (first !== undefined) issues.push(rowIssue(line, 'code', `mã "${code}" trùng với dòng ${first}.`));
    else if (code !== '') firstLine.set(code, line);
    if (row && first === undefined) rows.push(row);
    else if (code !== '' && !rejectedCodes.has(code) && first === undefined) rejectedCodes.set(code, line);
  }
  return { rows, issues, rejectedCodes };
}

function parseRow(
  cells: readonly string[],
  cols: Partial<Record<ImportColumn, number>>,
  line: number,
  issues: FieldIssue[],
): ImportRow | null {
  const cell = (c: ImportColumn): string | null => {
    const i = cols[c];
    const v = i === undefined ? '' : (cells[i] ?? '').trim().normalize('NFC');
    return v === '' ? null : v;
  };
  const before = issues.length;
  for (const [column, max] of Object.entries(LIMITS) as [ImportColumn, number][]) {
    if ((cell(column)?.length ?? 0) > max) issues.push(rowIssue(line, column, `dài quá ${max} ký tự.`));
  }
  const name = cell('name');
  if (name === null) issues.push(rowIssue(line, 'name', 'chưa có tên đơn vị.'));
  const kindCell = cell('kind');
  const kind = kindCell === null ? null : parseKind(kindCell, cell('parentCode') !== null);
  if (kindCell === null) issues.push(rowIssue(line, 'kind', 'chưa có cấp đơn vị.'));
  else if (!kind)
    issues.push(rowIssue(line, 'kind', `không hiểu cấp "${kindCell}" (dùng: tỉnh, huyện, xã, phường, thôn, tổ dân phố, cơ quan…).`));
  const dates = { validFrom: cell('validFrom'), validUntil: cell('validUntil') };
  const parsedDates: Record<'validFrom' | 'validUntil', string | null> = { validFrom: null, validUntil: null };
  for (const key of ['validFrom', 'validUntil'] as const) {
    const raw = dates[key];
    if (raw === null) continue;
    const parsed = parseVnDate(raw);
    if (parsed.ok) parsedDates[key] = parsed.iso;
    else issues.push(rowIssue(line, key, `"${raw}" không phải ngày hợp lệ (dd/mm/yyyy).`));
  }
  if (issues.length > before || name === null || !kind) return null;
  return {
    line,
    code: cell('code'),
    name,
    kind: kind.kind,
    subkind: cell('subkind') ?? kind.subkind,
    parentCode: cell('parentCode'),
    validFrom: parsedDates.validFrom,
    validUntil: parsedDates.validUntil,
    note: cell('note'),
  };
}

import type { ImportProblem } from '../../contract/imports/imports.contract';
import type { SheetColumn } from '../../contract/records/column-map';
import { findHeaderRow, mappingProblems, suggestMapping } from './header-match';
import { cellAsText, type SheetRow } from './sheet-read';

/** A sheet laid out for an import: its header, which field each column feeds, the data rows below. */
export interface SheetPlan {
  /** The header's row number as Excel shows it; null when none was found. */
  headerRow: number | null;
  headers: string[];
  mapping: (string | null)[];
  rows: SheetRow[];
  /** Problems of the whole file (no header, duplicate or missing columns): no row is read while there are any. */
  problems: ImportProblem[];
}

/**
 * Finds the header (title rows above it are skipped), maps columns to fields by their headers unless
 * the clerk sent a mapping, and checks the mapping.
 */
export function planSheet(rows: readonly SheetRow[], columns: readonly SheetColumn[], mapping?: readonly (string | null)[]): SheetPlan {
  const headerIndex = findHeaderRow(rows, columns);
  if (headerIndex === null) {
    const names = columns
      .filter((c) => c.required)
      .map((c) => `"${c.header}"`)
      .join(', ');
    const problem = `Không tìm thấy dòng tiêu đề: dòng đầu bảng phải ghi tên cột, ví dụ ${names}. Hãy dùng tệp mẫu ("Tải mẫu").`;
    return { headerRow: null, headers: [], mapping: [], rows: [], problems: [{ row: null, column: null, field: null, message: problem }] };
  }
  const header = rows[headerIndex]!;
  const data = rows.slice(headerIndex + 1);
  const width = Math.max(header.cells.length, ...data.map((r) => r.cells.length));
  const headers = Array.from({ length: width }, (_, i) => cellAsText(header.cells[i]));
  const chosen = mapping ? Array.from({ length: width }, (_, i) => mapping[i] ?? null) : suggestMapping(headers, columns);
  const problems = mappingProblems(chosen, columns);
  if (data.length === 0)
    problems.push({ row: null, column: null, field: null, message: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.' });
  return { headerRow: header.line, headers, mapping: chosen, rows: data, problems };
}

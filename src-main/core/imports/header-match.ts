import type { SheetColumn } from '../../contract/records/column-map';
import type { ImportProblem } from '../../contract/imports/imports.contract';
import { foldForSearch } from '../../shared/fold';
import { cellAsText, columnLetter, type SheetRow } from './sheet-read';

/** Title rows (the office, the list's name) above the header are skipped; a header lower than this is not looked for. */
const HEADER_SEARCH_ROWS = 30;

/** A header as compared: no diacritics, no case, '*' (required mark) and '_', '-', '.' as nothing/space. */
function headerKey(text: string): string {
  return foldForSearch(text.replace(/\*/g, ' ').replace(/[_\-.:]+/g, ' '));
}

/** "Ngày (dd/mm/yyyy)" also answers to "Ngày": a hint in brackets is not part of the name. */
function withoutBrackets(text: string): string {
  return text.replace(/\([^)]*\)/g, ' ');
}

/** Each accepted header name of the kind's columns → the field, the label first, then its aliases. */
export function headerNames(columns: readonly SheetColumn[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const c of columns) {
    for (const name of [c.header, ...(c.aliases ?? [])]) {
      for (const key of [headerKey(name), headerKey(withoutBrackets(name))]) if (key !== '' && !names.has(key)) names.set(key, c.field);
    }
  }
  return names;
}

/** The field a header names, or null. */
export function fieldOfHeader(names: ReadonlyMap<string, string>, header: string): string | null {
  return names.get(headerKey(header)) ?? names.get(headerKey(withoutBrackets(header))) ?? null;
}

/**
 * The header row: among the first rows, the one whose cells name the most different fields (the first
 * of equals). Null when no row names any field.
 */
export function findHeaderRow(rows: readonly SheetRow[], columns: readonly SheetColumn[]): number | null {
  const names = headerNames(columns);
  let best: number | null = null;
  let bestScore = 0;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const fields = new Set(row.cells.map((cell) => fieldOfHeader(names, cellAsText(cell))).filter((f) => f !== null));
    if (fields.size > bestScore) {
      best = index;
      bestScore = fields.size;
    }
  });
  return best;
}

/** What the headers suggest: for each file column, the field it feeds or null. */
export function suggestMapping(headers: readonly string[], columns: readonly SheetColumn[]): (string | null)[] {
  const names = headerNames(columns);
  return headers.map((h) => fieldOfHeader(names, h));
}

/**
 * Problems of a mapping, before any row is read: a field fed by two columns (duplicate headers), a
 * required field without a column, a field name the kind does not have.
 */
export function mappingProblems(mapping: readonly (string | null)[], columns: readonly SheetColumn[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const byField = new Map<string, number[]>();
  mapping.forEach((field, index) => {
    if (field !== null) byField.set(field, [...(byField.get(field) ?? []), index]);
  });
  for (const [field, indexes] of byField) {
    const column = columns.find((c) => c.field === field);
    if (!column) {
      problems.push(fileProblem(`Cột ${columnLetter(indexes[0]!)} được ghép với trường "${field}" không có trong loại dữ liệu này.`));
    } else if (indexes.length > 1) {
      const letters = indexes.map(columnLetter).join(', ');
      problems.push({
        ...fileProblem(`Các cột ${letters} cùng là "${column.header}": xoá hoặc đổi tên cột thừa, hoặc chọn lại cột trong bảng ghép cột.`),
        field,
      });
    }
  }
  for (const c of columns) {
    if (c.required && !byField.has(c.field)) {
      problems.push({ ...fileProblem(`Thiếu cột bắt buộc "${c.header}": thêm cột này vào tệp hoặc chọn cột chứa nó.`), field: c.field });
    }
  }
  return problems;
}

function fileProblem(message: string): ImportProblem {
  return { row: null, column: null, field: null, message };
}

import { formatCellValue, matchOption, parseText, parseYear, parseViDate, parseViMonth, parseViNumber, type ParsedCell } from './cell-text';
import type { CellEntry, CellPatch, GridColumn, UnitResolver } from './types';

/** Typed or pasted text → the value the API takes, by the column's type. */
export async function convertCell(col: GridColumn, text: string, resolveUnit: UnitResolver | null): Promise<ParsedCell> {
  switch (col.type) {
    case 'number':
      return parseViNumber(text);
    case 'date':
      return parseViDate(text);
    case 'year':
      return parseYear(text);
    case 'month':
      return parseViMonth(text);
    case 'catalogue':
      return matchOption(col.options?.() ?? [], text);
    case 'unit': {
      const t = text.trim();
      if (t === '') return { ok: true, value: null };
      const unit = resolveUnit ? await resolveUnit(t) : null;
      return unit ? { ok: true, value: unit.id, text: unit.label } : { ok: false, message: `Không tìm thấy đơn vị "${t}".` };
    }
    default:
      return parseText(text);
  }
}

const QUICK_READERS: Partial<Record<GridColumn['type'], (text: string) => ParsedCell>> = {
  date: parseViDate,
  month: parseViMonth,
  year: parseYear,
  number: parseViNumber,
};

/**
 * Why typed text of a date, month, year or number cell is refused, known at once (no lookup), or null.
 * The grid keeps the cursor on such a cell, so the clerk corrects it where the error shows.
 */
export function quickRefusal(col: GridColumn, text: string): string | null {
  const read = QUICK_READERS[col.type];
  const r = read ? read(text) : null;
  return r && !r.ok ? r.message : null;
}

/** The result of reading a row's cells: values to send, and reasons for cells that could not be read. */
export interface ConvertedRow {
  values: CellPatch;
  entries: Record<string, CellEntry>;
  errors: Record<string, string>;
}

/**
 * Reads every given cell. An entry that already carries a value (picked in a dropdown or the unit
 * picker) is taken as is; text is parsed by type.
 */
export async function convertRow(
  columns: readonly GridColumn[],
  input: Record<string, CellEntry | string>,
  resolveUnit: UnitResolver | null,
): Promise<ConvertedRow> {
  const out: ConvertedRow = { values: {}, entries: {}, errors: {} };
  for (const [key, raw] of Object.entries(input)) {
    const col = columns.find((c) => c.key === key);
    if (!col) continue;
    if (typeof raw !== 'string') {
      out.values[key] = raw.value;
      out.entries[key] = raw;
      continue;
    }
    const parsed = await convertCell(col, raw, resolveUnit);
    const shown = parsed.ok ? (parsed.text ?? (col.type === 'text' ? raw.trim() : formatCellValue(col.type, parsed.value))) : raw.trim();
    out.entries[key] = { value: parsed.ok ? parsed.value : null, text: shown };
    if (parsed.ok) out.values[key] = parsed.value;
    else out.errors[key] = parsed.message;
  }
  return out;
}

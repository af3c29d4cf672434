import { foldForSearch } from '../../../src-main/shared/fold';
import { dateRefusalMessage, formatVnDate, parseVnDate } from '../../../src-main/shared/vn-date';
import { formatVnMonth, monthRefusalMessage, parseVnMonth } from '../../../src-main/shared/vn-month';
import { formatVnNumber, parseVnNumber } from '../../../src-main/shared/vn-number';
import type { CellOption, CellType, CellValue } from './types';

/** Text → value of one cell, or the Vietnamese reason it cannot be read. */
/** `text` is how the value reads back (the catalogue's own spelling), when it differs from what was typed. */
export type ParsedCell = { ok: true; value: CellValue; text?: string } | { ok: false; message: string };

/** A value as the grid shows it: dd/mm/yyyy dates, `1.275` thousands. */
export function formatCellValue(type: CellType, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (type === 'number' && typeof value === 'number') return formatVnNumber(value, 6);
  if (type === 'date' && typeof value === 'string') return formatVnDate(value);
  if (type === 'month' && typeof value === 'string') return formatVnMonth(value);
  return String(value);
}

/**
 * A date typed or pasted into a cell, read by the shared parser (dd/mm/yyyy, d/m/yy, ddmmyyyy, dd.mm.yyyy,
 * ISO…): the day must exist. Returns ISO 'YYYY-MM-DD'; empty text clears the cell.
 */
export function parseViDate(text: string): ParsedCell {
  if (text.trim() === '') return { ok: true, value: null };
  const r = parseVnDate(text);
  return r.ok ? { ok: true, value: r.iso } : { ok: false, message: dateRefusalMessage(text, r.reason) };
}

/** A number typed the Vietnamese way ("1.275", "2,5"), read by the shared parser; empty text clears the cell. */
export function parseViNumber(text: string): ParsedCell {
  if (text.trim() === '') return { ok: true, value: null };
  const n = parseVnNumber(text);
  return n === null ? { ok: false, message: `"${text.trim()}" không phải là số.` } : { ok: true, value: n };
}

/** A catalogue entry chosen by its name as typed or pasted (diacritics and case ignored). */
export function matchOption(options: readonly CellOption[], text: string): ParsedCell {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  const exact = options.find((o) => o.label === t || o.value === t);
  const folded = foldForSearch(t);
  // Typed text may be the start or a part of a name ("tieng keng"): taken when only one entry has it.
  const partial = options.filter((o) => foldForSearch(o.label).includes(folded));
  const found = exact ?? options.find((o) => foldForSearch(o.label) === folded) ?? (partial.length === 1 ? partial[0] : undefined);
  return found ? { ok: true, value: found.value, text: found.label } : { ok: false, message: `"${t}" không có trong danh mục.` };
}

/** Text of a text cell: trimmed; empty means no value. */
export function parseText(text: string): ParsedCell {
  const t = text.trim();
  return { ok: true, value: t === '' ? null : t };
}

/** A month typed as mm/yyyy, m/yyyy, "tháng 4/2017" or "T4/2017" → 'YYYY-MM'; empty text clears the cell. */
export function parseViMonth(text: string): ParsedCell {
  if (text.trim() === '') return { ok: true, value: null };
  const r = parseVnMonth(text);
  return r.ok ? { ok: true, value: r.month } : { ok: false, message: monthRefusalMessage(text, r.reason) };
}

/** A year (năm) as four digits: shown without a thousands dot. */
export function parseYear(text: string): ParsedCell {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  return /^\d{4}$/.test(t) ? { ok: true, value: Number(t) } : { ok: false, message: `Năm "${t}" phải có bốn chữ số, ví dụ 2026.` };
}

/**
 * A date column's filter as the core takes it (a prefix of ISO dates): "2017" stays, "03/2017" becomes
 * "2017-03", "05/03/2017" becomes "2017-03-05". Other text is passed on for the core to judge.
 */
export function dateFilterText(text: string): string {
  const t = text.trim();
  const month = parseVnMonth(t);
  if (month.ok) return month.month;
  const day = parseVnDate(t);
  return day.ok ? day.iso : t;
}

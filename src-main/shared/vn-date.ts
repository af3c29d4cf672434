import { isInRecordRange, isoFromParts } from './iso-date';

/**
 * The one reader of dates as Vietnamese clerks write them (ngày/tháng/năm, day first), used by the grid,
 * the forms, the unit import and the CLI. Accepted: dd/mm/yyyy, d/m/yyyy, d/m/yy, ddmmyyyy, and the same
 * with '.' or '-' (dd.mm.yyyy, dd-mm-yyyy); also ISO 'YYYY-MM-DD', as spreadsheets and other programs write
 * it (a year-first text cannot be misread). Impossible days and years outside 1945–2100 are refused.
 */

/**
 * Two-digit years (d/m/yy): 45–99 are 1945–1999 and 00–44 are 2000–2044. The records start in 1945,
 * so no two-digit year needs to mean 19xx below 45; a clerk writing "1/1/30" means 2030.
 */
export const TWO_DIGIT_YEAR_PIVOT = 45;

/**
 * The rule of short years stated where a date is typed (a field's hint, a cell editor's tooltip), so the
 * clerk knows what "1/1/30" will be before saving it.
 */
export const DATE_INPUT_HINT =
  `Ví dụ 05/03/2017, 5/3/17 hoặc 05032017. Năm hai chữ số: ${TWO_DIGIT_YEAR_PIVOT}–99 là 19${TWO_DIGIT_YEAR_PIVOT}–1999, ` +
  `00–${TWO_DIGIT_YEAR_PIVOT - 1} là 2000–20${TWO_DIGIT_YEAR_PIVOT - 1}.`;

/** Why a text is not a date: not a date's shape, a day the calendar lacks (31/02), or a year out of 1945–2100. */
export type VnDateRefusal = 'shape' | 'no-such-day' | 'out-of-range';

/** A parsed date: ISO 'YYYY-MM-DD', or why the text is refused. */
export type VnDateResult = { ok: true; iso: string } | { ok: false; reason: VnDateRefusal };

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
const PACKED = /^(\d{2})(\d{2})(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** The full year of a typed year: four digits as written, two digits through the pivot. */
export function fullYear(typed: string): number {
  const n = Number(typed);
  if (typed.length !== 2) return n;
  return n >= TWO_DIGIT_YEAR_PIVOT ? 1900 + n : 2000 + n;
}

function dayMonthYear(text: string): [number, number, number] | null {
  const vn = DAY_FIRST.exec(text) ?? PACKED.exec(text);
  if (vn) return [Number(vn[1]), Number(vn[2]), fullYear(vn[3]!)];
  const iso = ISO.exec(text);
  return iso ? [Number(iso[3]), Number(iso[2]), Number(iso[1])] : null;
}

/** Reads a date typed or pasted by a clerk (surrounding spaces ignored). Never throws. */
export function parseVnDate(text: string): VnDateResult {
  const parts = dayMonthYear(text.trim());
  if (!parts) return { ok: false, reason: 'shape' };
  const iso = isoFromParts(parts[2], parts[1], parts[0]);
  if (iso === null) return { ok: false, reason: 'no-such-day' };
  return isInRecordRange(iso) ? { ok: true, iso } : { ok: false, reason: 'out-of-range' };
}

/** The Vietnamese sentence for a refused date, quoting what was typed. */
export function dateRefusalMessage(text: string, reason: VnDateRefusal): string {
  const t = text.trim();
  if (reason === 'no-such-day') return `Ngày "${t}" không có thật.`;
  if (reason === 'out-of-range') return `Ngày "${t}" nằm ngoài khoảng 01/01/1945 – 31/12/2100.`;
  return `Ngày "${t}" không đúng dạng dd/mm/yyyy.`;
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy', as the UI and official documents write dates; text of another shape comes back unchanged. */
export function formatVnDate(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso;
}

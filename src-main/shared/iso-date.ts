/**
 * ISO calendar dates ('YYYY-MM-DD'), the only form dates take in the API and the database. Pure arithmetic
 * (no `Date`): the same answer in every time zone, in the core and in the renderer.
 */

/** The first day a record may carry: the records begin with the Democratic Republic (1945). */
export const ISO_DATE_MIN = '1945-01-01';

/** The last day a record may carry. */
export const ISO_DATE_MAX = '2100-12-31';

/** The first year of the allowed range (the year of ISO_DATE_MIN). */
export const MIN_YEAR = 1945;

/** The last year of the allowed range (the year of ISO_DATE_MAX). */
export const MAX_YEAR = 2100;

const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `year` is a leap year of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days of a month (1–12) in a year; 0 for a month that does not exist. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Two digits, as ISO dates and dd/mm/yyyy write days and months. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** 'YYYY-MM-DD' for a day that exists on the calendar (any four-digit year), or null (31/02, 00/01, month 13). */
export function isoFromParts(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 0 || year > 9999 || !Number.isInteger(day)) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** True when `text` is written 'YYYY-MM-DD' and names a day that exists (rejects 2025-02-30); any year. */
export function isRealIsoDate(text: string): boolean {
  const m = ISO_SHAPE.exec(text);
  return m !== null && isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) === text;
}

/** True when an ISO date lies between ISO_DATE_MIN and ISO_DATE_MAX (string order is date order). */
export function isInRecordRange(iso: string): boolean {
  return iso >= ISO_DATE_MIN && iso <= ISO_DATE_MAX;
}

/** The day after an ISO date (31/12 → 01/01 of the next year). */
export function nextDay(iso: string): string {
  const [y, m, d] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  if (d < daysInMonth(y, m)) return `${iso.slice(0, 8)}${pad2(d + 1)}`;
  return m < 12 ? `${iso.slice(0, 5)}${pad2(m + 1)}-01` : `${String(y + 1).padStart(4, '0')}-01-01`;
}

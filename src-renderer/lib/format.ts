import { formatByteSize } from '../../src-main/shared/byte-size';
import { formatVnDate, parseVnDate } from '../../src-main/shared/vn-date';
import { formatVnNumber, parseVnNumber } from '../../src-main/shared/vn-number';

/**
 * How the UI writes dates and numbers (định dạng): dd/mm/yyyy and `1.275`. The API and the database keep
 * ISO dates ('YYYY-MM-DD'); the forms convert at the edge through the shared layer's one parser.
 */

const TIME = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', hour12: false });

/** '2026-03-05' → '05/03/2026'; anything that is not an ISO date comes back as ''. */
export function isoToDisplayDate(iso: string | null | undefined): string {
  const day = (iso ?? '').slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatVnDate(day) : '';
}

/**
 * '5/3/2026', '05/03/2026', '5/3/26', '05032026' (also with '.' or '-') → '2026-03-05'. Returns null for text
 * that is not a real calendar day (31/02/2026) or lies outside 1945–2100, so forms can say so instead of
 * saving a wrong date.
 */
export function displayDateToIso(text: string): string | null {
  const r = parseVnDate(text);
  return r.ok ? r.iso : null;
}

/** An ISO timestamp as local 'dd/mm/yyyy HH:MM', the way the status bar and lists show times. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const day = `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
  return `${day} ${TIME.format(d)}`;
}

/** An ISO timestamp as local 'HH:MM'. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : TIME.format(d);
}

/** 1275 → '1.275', 12.5 → '12,5'. */
export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined || Number.isNaN(n) ? '' : formatVnNumber(n, 2);
}

/** '1.275' or '1275' → 1275, '12,5' → 12.5; null for text that is not a number (the shared parser's rules). */
export function parseNumber(text: string): number | null {
  return parseVnNumber(text);
}

/** A byte count for people: '2,3 MB'. */
export function formatBytes(bytes: number): string {
  return formatByteSize(bytes);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

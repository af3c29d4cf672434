import { z } from 'zod';

/** True when `s` is a real calendar date written 'YYYY-MM-DD' (rejects 2025-02-30). */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** An ISO date field, with a Vietnamese message naming the field (e.g. "Ngày thành lập"). */
export function isoDate(label: string) {
  return z
    .string({ error: `${label}: nhập ngày.` })
    .refine(isIsoDate, `${label} không hợp lệ (cần một ngày có thật, dạng YYYY-MM-DD).`);
}

/** The day after an ISO date. */
export function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** dd/mm/yyyy for Vietnamese messages. */
export function vnDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The office's calendar day for an ISO instant: Vietnam is UTC+7 all year (no daylight saving). */
export function officeToday(nowIso: string): string {
  return new Date(new Date(nowIso).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

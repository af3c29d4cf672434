/** Vietnam keeps UTC+7 all year (no daylight saving), so the office's day is a fixed shift of UTC. */
const OFFICE_UTC_OFFSET_MS = 7 * 3_600_000;

/** The office's calendar day ('YYYY-MM-DD') at an ISO instant, e.g. a method context's `now`. */
export function officeToday(nowIso: string): string {
  return new Date(new Date(nowIso).getTime() + OFFICE_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

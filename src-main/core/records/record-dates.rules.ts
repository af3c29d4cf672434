import { fieldError } from '../api/errors';
import { formatVnDate } from '../../shared/vn-date';

/**
 * Refuses a date after today. `now` is the call's UTC time; Vietnam is UTC+7, so "today" for the clerk
 * may already be tomorrow in UTC: one day of slack keeps a morning entry from being refused.
 */
export function assertNotFuture(isoDate: string, now: string, path: (string | number)[], label: string): void {
  const limit = new Date(now);
  limit.setUTCDate(limit.getUTCDate() + 1);
  const latest = limit.toISOString().slice(0, 10);
  if (isoDate > latest) throw fieldError(path, `${label} (${formatVnDate(isoDate)}) chưa tới; chỉ ghi việc đã diễn ra.`);
}

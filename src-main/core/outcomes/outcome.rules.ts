import { daysInMonth, pad2 } from '../../shared/iso-date';
import { formatVnMonth } from '../../shared/vn-month';
import { fieldError } from '../api/errors';
import type { OutcomeFields } from '../../contract/outcomes/outcome.kind';

/** Valuable tips are some of the tips received, so never more of them (tin có giá trị ≤ tin báo). */
export function assertValuableWithinReceived(o: Pick<OutcomeFields, 'tipsReceived' | 'valuableTips'>): void {
  if (o.valuableTips > o.tipsReceived) {
    throw fieldError(
      ['valuableTips'],
      `Số tin có giá trị (${o.valuableTips}) không được lớn hơn số tin báo nhận được (${o.tipsReceived}).`,
    );
  }
}

/** First and last day of a 'YYYY-MM' month. */
export function monthBounds(period: string): { first: string; last: string } {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return { first: `${period}-01`, last: `${period}-${pad2(daysInMonth(y, m))}` };
}

/** 'MM/YYYY' for Vietnamese messages. */
export function vnMonth(period: string): string {
  return formatVnMonth(period);
}

/** Refuses a month that has not begun yet (one day of slack for UTC+7, as for dates). */
export function assertMonthStarted(period: string, now: string): void {
  const limit = new Date(now);
  limit.setUTCDate(limit.getUTCDate() + 1);
  if (`${period}-01` > limit.toISOString().slice(0, 10))
    throw fieldError(['period'], `Tháng ${vnMonth(period)} chưa tới; chỉ ghi kết quả đã có.`);
}

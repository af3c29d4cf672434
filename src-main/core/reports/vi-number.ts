import { formatVnNumber } from '../../shared/vn-number';

/** A report figure the Vietnamese way (1.275; 89,4): one decimal at most. */
export function viNumber(n: number): string {
  return formatVnNumber(n, 1);
}

/** A rate in percent with one decimal, or null when there is nothing to divide by. */
export function ratePercent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

/** "tăng 12 (+3,1%)" / "giảm 5" / "bằng": the change on the year-earlier figure, as reports word it. */
export function viChange(value: number, previous: number): string {
  const diff = value - previous;
  if (diff === 0) return 'bằng cùng kỳ';
  const pct = ratePercent(Math.abs(diff), previous);
  const word = diff > 0 ? 'tăng' : 'giảm';
  return `${word} ${viNumber(Math.abs(diff))}${pct === null ? '' : ` (${viNumber(pct)}%)`} so với cùng kỳ`;
}

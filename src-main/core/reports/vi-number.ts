/** Vietnamese number formatting (1.275; 89,4): dots group thousands, a comma marks decimals. */
const INTEGER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

export function viNumber(n: number): string {
  return Number.isInteger(n) ? INTEGER.format(n) : DECIMAL.format(n);
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

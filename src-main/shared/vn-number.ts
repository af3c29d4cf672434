/**
 * Numbers the Vietnamese way (số): '.' groups thousands and ',' marks decimals ("1.275", "89,4"), in
 * the UI, the reports and the CLI alike.
 */

const FORMATS = new Map<number, Intl.NumberFormat>();

/**
 * 1275 → '1.275', 12.5 → '12,5', with at most `maxFractionDigits` decimals (rounded); 3 is what
 * `toLocaleString` would give. The formatter for each precision is made once and kept.
 */
export function formatVnNumber(n: number, maxFractionDigits = 3): string {
  let format = FORMATS.get(maxFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxFractionDigits });
    FORMATS.set(maxFractionDigits, format);
  }
  return format.format(n);
}

/**
 * A number typed the Vietnamese way: "1.275" and "1.234.567" group thousands, "2,5" has a decimal comma.
 * A plain "1275", or "2.5" whose dot is not followed by exactly three digits, is read as typed. Spaces
 * are ignored. Null for empty text and for text that is not a number.
 */
export function parseVnNumber(text: string): number | null {
  const t = text.replace(/\s/g, '');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d+(,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  if (/^-?\d+\.\d+$/.test(t)) return Number(t);
  return null;
}

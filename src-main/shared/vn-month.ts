import { MAX_YEAR, MIN_YEAR, pad2 } from './iso-date';
import { foldForSearch } from './fold';

/**
 * The one reader of months (tháng) as clerks write them: m/yyyy, mm/yyyy (also with '.' or '-'),
 * "tháng 4/2017", "tháng 4 năm 2017", "T4/2017", and ISO 'YYYY-MM'. Case and diacritics are ignored
 * ("THANG 4/2017" is read too). Years outside 1945–2100 are refused.
 */

/** Why a text is not a month: not a month's shape, or a month/year that does not exist in the records' range. */
export type VnMonthRefusal = 'shape' | 'out-of-range';

/** A parsed month: 'YYYY-MM', or why the text is refused. */
export type VnMonthResult = { ok: true; month: string } | { ok: false; reason: VnMonthRefusal };

// After folding: an optional "thang " or "t" prefix, the month, then "/", ".", "-" or " nam " and the year.
const VN_MONTH = /^(?:thang ?|t)?(\d{1,2}) ?(?:[/.-]| nam ) ?(\d{4})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** Reads a month typed or pasted by a clerk. Never throws. */
export function parseVnMonth(text: string): VnMonthResult {
  const folded = foldForSearch(text);
  const vn = VN_MONTH.exec(folded);
  const iso = vn ? null : ISO_MONTH.exec(folded);
  if (!vn && !iso) return { ok: false, reason: 'shape' };
  const [month, year] = vn ? [Number(vn[1]), Number(vn[2])] : [Number(iso![2]), Number(iso![1])];
  if (month < 1 || month > 12 || year < MIN_YEAR || year > MAX_YEAR) return { ok: false, reason: 'out-of-range' };
  return { ok: true, month: `${year}-${pad2(month)}` };
}

/** The Vietnamese sentence for a refused month, quoting what was typed. */
export function monthRefusalMessage(text: string, reason: VnMonthRefusal): string {
  const t = text.trim();
  if (reason === 'shape') return `Tháng "${t}" không đúng dạng mm/yyyy.`;
  return `Tháng "${t}" không có thật hoặc nằm ngoài 1945–2100.`;
}

/** 'YYYY-MM' → 'mm/yyyy'; text of another shape comes back unchanged. */
export function formatVnMonth(month: string): string {
  return month.replace(/^(\d{4})-(\d{2})$/, '$2/$1');
}

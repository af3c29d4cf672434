import type { CellOption, CellType, CellValue } from './types';

/** Text → value of one cell, or the Vietnamese reason it cannot be read. */
/** `text` is how the value reads back (the catalogue's own spelling), when it differs from what was typed. */
export type ParsedCell = { ok: true; value: CellValue; text?: string } | { ok: false; message: string };

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });

/** A value as the grid shows it: dd/mm/yyyy dates, `1.275` thousands. */
export function formatCellValue(type: CellType, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (type === 'number' && typeof value === 'number') return numberFormat.format(value);
  if (type === 'date' && typeof value === 'string') return isoToVi(value);
  if (type === 'month' && typeof value === 'string') return value.replace(/^(\d{4})-(\d{2})$/, '$2/$1');
  return String(value);
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy'; anything else is shown unchanged. */
export function isoToVi(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * A date typed as dd/mm/yyyy (also d/m/yyyy, with '.' or '-'), read strictly: the day must exist in
 * that month and the year has four digits. Returns ISO 'YYYY-MM-DD'.
 */
export function parseViDate(text: string): ParsedCell {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const parts = vi ? [vi[3], vi[2], vi[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!parts) return { ok: false, message: `Ngày "${t}" không đúng dạng dd/mm/yyyy.` };
  const [y, m, d] = parts.map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) {
    return { ok: false, message: `Ngày "${t}" không có thật.` };
  }
  return { ok: true, value: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/**
 * A number typed the Vietnamese way: '.' groups thousands, ',' is the decimal mark ("1.275", "2,5").
 * A plain "1275" or "2.5" with one dot and not three digits after it is read as typed.
 */
export function parseViNumber(text: string): ParsedCell {
  const t = text.trim().replace(/\s/g, '');
  if (t === '') return { ok: true, value: null };
  let normal: string;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) normal = t.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+(,\d+)?$/.test(t)) normal = t.replace(',', '.');
  else if (/^-?\d+\.\d+$/.test(t)) normal = t;
  else return { ok: false, message: `"${text.trim()}" không phải là số.` };
  return { ok: true, value: Number(normal) };
}

/** Folds text for matching a typed name: no diacritics (đ → d), no case, single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A catalogue entry chosen by its name as typed or pasted (diacritics and case ignored). */
export function matchOption(options: readonly CellOption[], text: string): ParsedCell {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  const exact = options.find((o) => o.label === t || o.value === t);
  const folded = foldText(t);
  // Typed text may be the start or a part of a name ("tieng keng"): taken when only one entry has it.
  const partial = options.filter((o) => foldText(o.label).includes(folded));
  const found = exact ?? options.find((o) => foldText(o.label) === folded) ?? (partial.length === 1 ? partial[0] : undefined);
  return found ? { ok: true, value: found.value, text: found.label } : { ok: false, message: `"${t}" không có trong danh mục.` };
}

/** Text of a text cell: trimmed; empty means no value. */
export function parseText(text: string): ParsedCell {
  const t = text.trim();
  return { ok: true, value: t === '' ? null : t };
}

/** A month typed as mm/yyyy (or m/yyyy) → 'YYYY-MM'. */
export function parseViMonth(text: string): ParsedCell {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  const vi = /^(\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})$/.exec(t);
  const [y, m] = vi ? [Number(vi[2]), Number(vi[1])] : iso ? [Number(iso[1]), Number(iso[2])] : [0, 0];
  if (m < 1 || m > 12) return { ok: false, message: `Tháng "${t}" không đúng dạng mm/yyyy.` };
  return { ok: true, value: `${y}-${String(m).padStart(2, '0')}` };
}

/** A year (năm) as four digits: shown without a thousands dot. */
export function parseYear(text: string): ParsedCell {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  return /^\d{4}$/.test(t) ? { ok: true, value: Number(t) } : { ok: false, message: `Năm "${t}" phải có bốn chữ số, ví dụ 2026.` };
}

/**
 * A date column's filter as the core takes it (a prefix of ISO dates): "2017" stays, "03/2017" becomes
 * "2017-03", "05/03/2017" becomes "2017-03-05". Other text is passed on for the core to judge.
 */
export function dateFilterText(text: string): string {
  const t = text.trim();
  const month = /^(\d{1,2})[/.-](\d{4})$/.exec(t);
  if (month) return `${month[2]}-${String(Number(month[1])).padStart(2, '0')}`;
  const day = parseViDate(t);
  return day.ok && typeof day.value === 'string' ? day.value : t;
}

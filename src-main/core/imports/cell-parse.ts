import type { SheetColumn } from '../../contract/records/column-map';
import { foldForSearch } from '../../shared/fold';
import { isoFromParts } from '../../shared/iso-date';
import { dateRefusalMessage, parseVnDate } from '../../shared/vn-date';
import { monthRefusalMessage, parseVnMonth } from '../../shared/vn-month';
import { parseVnNumber } from '../../shared/vn-number';
import type { RefResult } from './ref-index';
import { cellAsText, type SheetCell } from './sheet-read';

/** A cell read for its field: the value for the input, nothing (the field's default applies), or why not. */
export type CellRead = { ok: true; value: unknown } | { ok: true; value?: undefined; empty: true } | { ok: false; message: string };

/** Resolves a unit or catalogue cell's text to an id (ref-index.ts). */
export type Resolve = (column: SheetColumn, text: string) => RefResult;

const EMPTY: CellRead = { ok: true, empty: true };
/** Day 0 of Excel's 1900 date system, as a Unix day: serial 25569 is 1970-01-01. */
const EXCEL_EPOCH_SERIAL = 25_569;
const DAY_MS = 86_400_000;

/** Reads one cell as its column's field wants it. */
export function readField(column: SheetColumn, cell: SheetCell | undefined, resolve: Resolve): CellRead {
  if (!cell || cell.type === 'empty') return EMPTY;
  if (cell.type === 'problem') return { ok: false, message: cell.message };
  switch (column.cell) {
    case 'number':
    case 'year':
      return readNumber(cell);
    case 'date':
      return readDate(cell);
    case 'month':
      return readMonth(cell);
    case 'choice':
      return readChoice(column, cellAsText(cell));
    case 'unit':
    case 'catalogue': {
      const found = resolve(column, cellAsText(cell));
      return found.ok ? { ok: true, value: found.id } : found;
    }
    default:
      return { ok: true, value: cellAsText(cell) };
  }
}

/** A number cell, or text typed the Vietnamese way ("1.275" is one thousand two hundred seventy-five). */
function readNumber(cell: SheetCell): CellRead {
  if (cell.type === 'number') return { ok: true, value: cell.value };
  const text = cellAsText(cell);
  const n = parseVnNumber(text);
  return n === null ? { ok: false, message: `"${text}" không phải là số.` } : { ok: true, value: n };
}

/** A date cell, a serial number (a date cell whose format was lost), or text as dd/mm/yyyy, d/m/yy… */
function readDate(cell: SheetCell): CellRead {
  if (cell.type === 'date') return { ok: true, value: cell.iso };
  if (cell.type === 'number') return serialDate(cell.value);
  const text = cellAsText(cell);
  const parsed = parseVnDate(text);
  return parsed.ok ? { ok: true, value: parsed.iso } : { ok: false, message: dateRefusalMessage(text, parsed.reason) };
}

function serialDate(serial: number): CellRead {
  const whole = Number.isInteger(serial) && serial > 0;
  const day = whole ? new Date((serial - EXCEL_EPOCH_SERIAL) * DAY_MS) : null;
  const iso = day ? isoFromParts(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()) : null;
  const parsed = iso ? parseVnDate(iso) : null;
  if (parsed?.ok) return { ok: true, value: parsed.iso };
  return { ok: false, message: `Số ${serial} không phải là một ngày; hãy nhập ngày dạng dd/mm/yyyy.` };
}

/** A month: a date cell (its month), or text as mm/yyyy, "tháng 4/2017"… */
function readMonth(cell: SheetCell): CellRead {
  if (cell.type === 'date') return { ok: true, value: cell.iso.slice(0, 7) };
  const text = cellAsText(cell);
  const parsed = parseVnMonth(text);
  return parsed.ok ? { ok: true, value: parsed.month } : { ok: false, message: monthRefusalMessage(text, parsed.reason) };
}

/** A choice by its Vietnamese title ("Đạt") or its stored value, without diacritics or case. */
function readChoice(column: SheetColumn, text: string): CellRead {
  const key = foldForSearch(text);
  for (const [title, value] of Object.entries(column.choices ?? {})) {
    if (foldForSearch(title) === key || foldForSearch(value) === key) return { ok: true, value };
  }
  const allowed = Object.keys(column.choices ?? {}).join(', ');
  return { ok: false, message: `"${text}" không phải là một lựa chọn; hãy ghi một trong: ${allowed}.` };
}

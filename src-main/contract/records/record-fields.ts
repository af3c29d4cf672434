import { z } from 'zod';
import { isoDateSchema } from '../../shared/iso-date.schema';
import { isoMonthSchema } from '../../shared/iso-month.schema';
import { requiredText as boundedRequiredText, text, uuid } from '../../shared/input.schema';

/**
 * Field schemas shared by the record kinds (sessions, outcomes, registrations), each with a Vietnamese
 * message that names the field, because the grid shows the message beside the cell and the clerk must
 * know which one to fix.
 */

/** An ISO date 'YYYY-MM-DD' (the renderer shows dd/mm/yyyy): the one strict date schema of the shared layer. */
export const isoDate = isoDateSchema;

/** A count of people, households, tips…: a non-negative integer. */
export function count(label: string) {
  return z
    .number({ error: `${label} phải là số nguyên không âm.` })
    .int(`${label} phải là số nguyên.`)
    .min(0, `${label} không được âm.`)
    .max(100_000_000, `${label} quá lớn.`);
}

/** The id of a record or catalogue entry (UUID text). */
export function recordId(label: string) {
  return uuid(label);
}

/**
 * Spread into every create input: the core gives each new record its id (ctx.newId), so a caller's
 * `id` is refused with a VALIDATION issue on `id` rather than dropped without a word (issue 9 item 12:
 * a client-chosen id could take a unit's or the nil UUID). Undo of a delete is not a create: the grid
 * does not undo deletes.
 */
export const noCallerId = {
  id: z.never({ error: 'Mã bản ghi do phần mềm tự cấp khi thêm mới; bỏ trường "id" khỏi dữ liệu gửi lên.' }).optional(),
};

/** Free text that may be empty; stored trimmed; one line unless `multiline` (a note). */
export function optionalText(label: string, max: number, opts: { multiline?: boolean } = {}) {
  return text(label, max, opts);
}

/** Free text the clerk must fill in. */
export function requiredText(label: string, max: number, missing: string) {
  return boundedRequiredText(label, max, missing);
}

/** A month 'YYYY-MM' (kỳ báo cáo theo tháng): the shared layer's one month schema. */
export const month = isoMonthSchema;

/** A calendar year. */
export function year(label: string) {
  return z
    .number({ error: `${label} phải là một năm, ví dụ 2026.` })
    .int(`${label} phải là một năm, ví dụ 2026.`)
    .min(1990, `${label} phải từ 1990 trở đi.`)
    .max(2199, `${label} không hợp lệ.`);
}

/**
 * The headers a clerk writes for a unit column in an Excel sheet; the cells hold the unit's code or its
 * name (an import matches either, and names a name that fits two units as an error).
 */
export const UNIT_ALIASES = ['Mã đơn vị', 'Tên đơn vị', 'Đơn vị hành chính', 'Địa bàn', 'Xã, phường', 'Khu dân cư'] as const;

/** "Ghi chú": the free note every record kind ends with (searched, sorted in Vietnamese order). */
export function noteField() {
  return {
    column: 'note',
    label: 'Ghi chú',
    schema: optionalText('Ghi chú', 2000, { multiline: true }),
    cell: 'text',
    default: '',
    sort: 'vi',
    search: true,
  } as const;
}

/**
 * The security model (mô hình) a record came from, if any: a reference cell showing the model's name
 * (`modelName`, see `modelNameDerived`), matched by name on an import.
 */
export function modelRefField(label: string) {
  return {
    column: 'model_id',
    label,
    schema: recordId('Mô hình').nullable(),
    cell: 'catalogue',
    default: null,
    shownAs: 'modelName',
    refers: 'security_model',
    aliases: ['Mô hình', 'Tên mô hình'],
  } as const;
}

/** The model's name beside `model_id` of the table aliased `alias` (joined as `m`), sortable by its stored key. */
export function modelNameDerived(alias: string) {
  return {
    sql: 'm.name',
    out: z.string().nullable(),
    sort: [`(SELECT name_sort FROM security_models WHERE id = ${alias}.model_id)`],
  };
}

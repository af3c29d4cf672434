import { z } from 'zod';
import { firstBadCharacter } from './safe-text';

/**
 * The building blocks of every input schema of the API: text, ids and lists, each with a bound, so no
 * call can hand the core a 1 MB name or 100,000 ids (each a bound SQL variable). A contract test walks
 * every method's input and fails on a string or array without a maximum. Messages name the field
 * (`label`), because the grid shows them beside the cell.
 */

/** The longest id list a call takes: a whole decision's recipients (a few thousand at most). */
export const MAX_IDS = 10_000;
/** Length of a UUID's text. */
const UUID_LENGTH = 36;
/** Not ids the core ever makes (it makes random v4 UUIDs): a caller guessing a placeholder. */
const RESERVED_UUIDS = new Set(['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff']);

/** Refuses control characters and lone surrogates; tab and line breaks too unless the field is multi-line. */
export function refuseBadCharacters(label: string, multiline: boolean) {
  return (text: string, ctx: z.RefinementCtx) => {
    const bad = firstBadCharacter(text, multiline);
    if (bad) ctx.addIssue({ code: 'custom', message: `${label} chứa ${bad}; hãy xoá ký tự đó.` });
  };
}

/** Text of at most `max` characters, trimmed; one line unless `multiline` (a note, a pasted list). */
export function text(label: string, max: number, opts: { multiline?: boolean; typeError?: string } = {}) {
  return z
    .string({ error: opts.typeError ?? `${label} phải là chữ.` })
    .trim()
    .max(max, `${label} dài quá ${max} ký tự.`)
    .superRefine(refuseBadCharacters(label, opts.multiline ?? false));
}

/** Text that must not be blank after trimming; `missing` is the message for a blank or absent one. */
export function requiredText(label: string, max: number, missing: string, opts: { multiline?: boolean } = {}) {
  return text(label, max, { ...opts, typeError: missing }).min(1, missing);
}

/** A short code or key the app itself defines (a layout id, a job id): letters, digits, '-', '_', '.'. */
export function key(label: string, max = 64) {
  return z
    .string({ error: `${label} không hợp lệ.` })
    .min(1, `Thiếu ${label.toLowerCase()}.`)
    .max(max, `${label} không hợp lệ.`)
    .regex(/^[A-Za-z0-9._-]+$/, `${label} không hợp lệ.`);
}

/**
 * The id of a record (a UUID made by the core); `label` names what it is, e.g. "Mã quyết định", and
 * `invalid` replaces the message where a plainer one helps ("Chọn địa bàn").
 */
export function uuid(label: string, invalid = `${label} không hợp lệ.`) {
  return z
    .uuid({ error: invalid })
    .max(UUID_LENGTH, { message: invalid, abort: true })
    .refine((id) => !RESERVED_UUIDS.has(id.toLowerCase()), invalid);
}

/** A list of record ids, at most `max`, no id twice. */
export function idList(label: string, max = MAX_IDS) {
  return z
    .array(uuid(label), { error: `${label}: cần một danh sách mã.` })
    .max(max, `Tối đa ${max} mã trong một lần.`)
    .refine((ids) => new Set(ids).size === ids.length, `${label}: một mã được gửi hai lần.`);
}

/** A list of anything else (choices such as unit kinds, rows of a paste), at most `max` items. */
export function list<T extends z.ZodType>(item: T, max: number) {
  return z.array(item).max(max, `Tối đa ${max} mục trong một lần.`);
}

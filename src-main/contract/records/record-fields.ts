import { z } from 'zod';

/**
 * Field schemas shared by the record kinds (sessions, outcomes, registrations), each with a Vietnamese
 * message that names the field, because the grid shows the message beside the cell and the clerk must
 * know which one to fix.
 */

/** An ISO date 'YYYY-MM-DD' (the renderer shows dd/mm/yyyy); zod's check rejects 2025-02-30. */
export function isoDate(label: string) {
  return z.iso.date({ error: `${label} không hợp lệ.` }).refine((d) => d >= '1945-01-01' && d <= '2199-12-31', `${label} nằm ngoài khoảng cho phép.`);
}

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
  return z.uuid({ error: `${label} không hợp lệ.` });
}

/** Free text that may be empty; stored trimmed. */
export function optionalText(label: string, max: number) {
  return z.string({ error: `${label} phải là chữ.` }).trim().max(max, `${label} dài quá ${max} ký tự.`);
}

/** Free text the clerk must fill in. */
export function requiredText(label: string, max: number, missing: string) {
  return z.string({ error: missing }).trim().min(1, missing).max(max, `${label} dài quá ${max} ký tự.`);
}

/** A month 'YYYY-MM' (kỳ báo cáo theo tháng). */
export function month(label: string) {
  return z
    .string({ error: `${label} phải có dạng năm-tháng, ví dụ 2026-03.` })
    .regex(/^(19[4-9]\d|2[01]\d\d)-(0[1-9]|1[0-2])$/, `${label} phải có dạng năm-tháng, ví dụ 2026-03.`);
}

/** A calendar year. */
export function year(label: string) {
  return z
    .number({ error: `${label} phải là một năm, ví dụ 2026.` })
    .int(`${label} phải là một năm, ví dụ 2026.`)
    .min(1990, `${label} phải từ 1990 trở đi.`)
    .max(2199, `${label} không hợp lệ.`);
}

import { z } from 'zod';
import { MAX_YEAR, MIN_YEAR } from './iso-date';

/**
 * The one schema for a month field in the API (kỳ báo cáo theo tháng): 'YYYY-MM' from 1945-01 to 2100-12,
 * the same range as dates. Each message names the field (`label`, e.g. "Tháng").
 */
export function isoMonthSchema(label: string) {
  const shape = `${label} phải có dạng năm-tháng, ví dụ 2026-03.`;
  return z
    .string({ error: shape })
    .max(7, { message: shape, abort: true })
    .superRefine((text, ctx) => {
      const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
      if (!m) ctx.addIssue({ code: 'custom', message: shape });
      else if (Number(m[1]) < MIN_YEAR || Number(m[1]) > MAX_YEAR) {
        ctx.addIssue({ code: 'custom', message: `${label} nằm ngoài khoảng cho phép (01/${MIN_YEAR} – 12/${MAX_YEAR}).` });
      }
    });
}

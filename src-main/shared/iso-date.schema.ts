import { z } from 'zod';
import { ISO_DATE_MAX, ISO_DATE_MIN, isInRecordRange, isRealIsoDate } from './iso-date';
import { formatVnDate } from './vn-date';

/**
 * The one strict schema for a date field in the API: an ISO 'YYYY-MM-DD' that names a real calendar day
 * between 01/01/1945 and 31/12/2100. Each message names the field (`label`, e.g. "Ngày thành lập"),
 * because the grid shows it beside the cell and the clerk must know which one to fix.
 */
export function isoDateSchema(label: string) {
  // The length bound first and aborting: a megabyte of text gets one message, and the schema a maxLength.
  return z
    .string({ error: `${label}: nhập ngày.` })
    .max(10, { message: `${label} không hợp lệ (cần dạng YYYY-MM-DD).`, abort: true })
    .superRefine((text, ctx) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
        ctx.addIssue({ code: 'custom', message: `${label} không hợp lệ (cần dạng YYYY-MM-DD).` });
      } else if (!isRealIsoDate(text)) {
        ctx.addIssue({ code: 'custom', message: `${label} không hợp lệ: ngày ${formatVnDate(text)} không có thật.` });
      } else if (!isInRecordRange(text)) {
        const range = `${formatVnDate(ISO_DATE_MIN)} – ${formatVnDate(ISO_DATE_MAX)}`;
        ctx.addIssue({ code: 'custom', message: `${label} nằm ngoài khoảng cho phép (${range}).` });
      }
    });
}

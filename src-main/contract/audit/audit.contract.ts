import { z } from 'zod';
import { defineContract } from '../method-spec';
import { text } from '../../shared/input.schema';

/** A moment as an ISO instant (the renderer turns the office's local dates into these). */
const instant = (label: string) => z.iso.datetime({ offset: true, error: `${label} không hợp lệ (cần thời điểm ISO).` }).max(40);

/** The filters of the audit trail, shared by the list and the export. */
export const AuditFilter = z.object({
  userId: text('Mã tài khoản', 64).optional(),
  username: text('Tên đăng nhập', 100).optional(),
  /** The table the record is in (units, security_models…), as the rows name it. */
  kind: text('Loại bản ghi', 100).optional(),
  recordId: text('Mã bản ghi', 200).optional(),
  method: text('Thao tác', 100).optional(),
  /** From this moment, inclusive. */
  from: instant('Từ thời điểm').optional(),
  /** Until this moment, exclusive. */
  to: instant('Đến thời điểm').optional(),
});
export type AuditFilter = z.output<typeof AuditFilter>;

export const AuditListInput = AuditFilter.extend({
  limit: z.number({ error: 'Số dòng phải là số.' }).int().min(1).max(500).default(50),
  /** The `next` of the previous page; absent for the newest page. */
  cursor: z.number({ error: 'Vị trí trang không hợp lệ.' }).int().min(0).optional(),
});

/** One entry of the audit trail (nhật ký thao tác). */
export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.string().nullable(),
  username: z.string(),
  role: z.string().nullable(),
  method: z.string(),
  kind: z.string().nullable(),
  recordId: z.string().nullable(),
  action: z.enum(['create', 'update', 'delete', 'event']),
  /** Changed fields by column name: [before, after] (before is null for a create, after for a delete). */
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])).nullable(),
  note: z.string().nullable(),
});
export type AuditEntry = z.output<typeof AuditEntry>;

/**
 * The audit domain: who did what, read by every role. A viewer (lãnh đạo) reads records and reports,
 * and who changed them is part of reading them; a clerk needs the history of the rows being corrected.
 * Sign-ins and account changes are shown to administrators only (audit.api.ts).
 */
export const auditContract = defineContract({
  'audit.list': {
    role: 'viewer',
    summary: 'Nhật ký thao tác: ai làm gì, lúc nào, thay đổi những gì; mới nhất trước, theo trang.',
    input: AuditListInput,
    output: z.object({ entries: z.array(AuditEntry), next: z.number().int().nullable() }),
  },
  'audit.exportXlsx': {
    role: 'admin',
    summary: 'Xuất nhật ký thao tác (theo bộ lọc) ra tệp Excel.',
    input: AuditFilter,
    output: z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string(), bytes: z.number().int(), rows: z.number().int() }),
  },
});

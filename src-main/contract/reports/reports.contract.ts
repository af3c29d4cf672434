import { z } from 'zod';
import { defineContract } from '../method-spec';
import { Dashboard } from './dashboard';
import { PeriodInput } from '../../shared/period.schema';
import { isoDateSchema } from '../../shared/iso-date.schema';
import { text, uuid } from '../../shared/input.schema';
import { Report } from './report';

/** What a report is about: a period and a scope. */
export const ReportRequestInput = z.object({
  period: PeriodInput,
  /** The scope (phạm vi): the province when absent, or any unit under it. */
  unitId: uuid('Đơn vị').optional(),
});

/** An export request: the report's period and scope, and who signs it (the office's names come from settings). */
export const ExportInput = ReportRequestInput.extend({
  signerTitle: text('Chức vụ người ký', 200).optional(),
  signerName: text('Họ tên người ký', 200).optional(),
  signedOn: isoDateSchema('Ngày ký').optional(),
});
export type ExportInput = z.output<typeof ExportInput>;

const FileOut = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string(), bytes: z.number().int() });

/** The reports domain (báo cáo): the report of a period, its Excel and PDF exports, the overview. */
export const reportsContract = defineContract({
  'reports.build': {
    role: 'viewer',
    summary: 'Lập báo cáo theo kỳ và đơn vị, so sánh với cùng kỳ năm trước.',
    input: ReportRequestInput,
    output: Report,
  },
  'reports.dashboard': {
    role: 'viewer',
    summary: 'Số liệu tổng quan năm nay so với cùng kỳ và dữ liệu biểu đồ.',
    input: z.object({ year: z.number().int().min(1990).max(2100).optional() }),
    output: Dashboard,
  },
  'reports.exportXlsx': {
    role: 'viewer',
    summary: 'Xuất báo cáo ra tệp Excel (biểu tổng hợp và bảng kê chi tiết).',
    input: ExportInput,
    output: FileOut,
  },
  'reports.exportPdf': {
    role: 'viewer',
    summary: 'Xuất báo cáo ra tệp PDF theo thể thức Nghị định 30/2020.',
    input: ExportInput,
    output: FileOut,
  },
});

import { z } from 'zod';
import { defineContract } from '../method-spec';
import { Dashboard } from './dashboard';
import { PeriodInput } from '../../shared/period.schema';
import { isoDateSchema } from '../../shared/iso-date.schema';
import { text, uuid } from '../../shared/input.schema';
import { Report } from './report';
import { ReportHeader } from './report-header';
import { OfficeId } from '../exchange/office';

/** What a report is about: a period and a scope. */
/** The origin filter of a report: an office id, or 'own'. */
const ReportOrigin = z.union([z.literal('own'), OfficeId]);

export const ReportRequestInput = z.object({
  period: PeriodInput,
  /** The scope (phạm vi): the province when absent, or any unit under it. */
  unitId: uuid('Đơn vị').optional(),
  /** Only the records of one office (its id, issue 13), or 'own': this office's; all when absent. */
  origin: ReportOrigin.optional(),
});

/**
 * An export request: the report's period and scope, and its header and signature. Without `header`
 * the report's saved header is used (or one prefilled from the last report and the office settings);
 * signerTitle, signerName and signedOn, when given, replace those three fields of it.
 */
export const ExportInput = ReportRequestInput.extend({
  header: ReportHeader.optional(),
  signerTitle: text('Chức vụ người ký', 200).optional(),
  signerName: text('Họ tên người ký', 200).optional(),
  signedOn: isoDateSchema('Ngày ký').optional(),
});
export type ExportInput = z.output<typeof ExportInput>;

/** A report's header as the form shows it: the saved one, or prefilled when `saved` is false. */
export const HeaderOutput = z.object({ header: ReportHeader, saved: z.boolean() });

const FileOut = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string(), bytes: z.number().int() });

/** The reports domain (báo cáo): the report of a period, its header, its Excel, PDF and Word exports, the overview. */
export const reportsContract = defineContract({
  'reports.build': {
    role: 'viewer',
    summary: 'Lập báo cáo theo kỳ và đơn vị, so sánh với cùng kỳ năm trước.',
    input: ReportRequestInput,
    output: Report,
  },
  'reports.dashboard': {
    role: 'viewer',
    summary: 'Số liệu tổng quan của năm (mặc định: năm gần nhất có số liệu) so với cùng kỳ và dữ liệu biểu đồ.',
    input: z.object({ year: z.number().int().min(1990).max(2100).optional(), origin: ReportOrigin.optional() }),
    output: Dashboard,
  },
  'reports.latestYear': {
    role: 'viewer',
    summary: 'Năm gần nhất có số liệu (năm mặc định của tổng quan, báo cáo và quyết định mới).',
    input: z.object({}),
    output: z.object({
      /** The latest year with any session, outcome, registration or decision; the current year when none. */
      year: z.number().int(),
      /** False when nothing is recorded yet (the year is then the current one). */
      hasData: z.boolean(),
    }),
  },
  'reports.exportXlsx': {
    role: 'viewer',
    summary: 'Xuất báo cáo ra tệp Excel (biểu tổng hợp và bảng kê chi tiết).',
    input: ExportInput,
    output: FileOut,
  },
  'reports.header.get': {
    role: 'viewer',
    summary: 'Phần đầu và chữ ký của báo cáo (số, ký hiệu, ngày ban hành, nơi nhận, người ký): bản đã lưu hoặc điền sẵn.',
    input: ReportRequestInput,
    output: HeaderOutput,
  },
  'reports.header.save': {
    role: 'clerk',
    summary: 'Lưu phần đầu và chữ ký của báo cáo theo kỳ và đơn vị.',
    input: ReportRequestInput.extend({ header: ReportHeader }),
    output: HeaderOutput,
  },
  'reports.exportDocx': {
    role: 'viewer',
    summary: 'Xuất báo cáo ra tệp Word (.docx) sửa được, cùng nội dung và thể thức với bản PDF.',
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

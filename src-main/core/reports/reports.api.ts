import { z } from 'zod';
import { defineMethod } from '../api/define';
import { buildReport } from './build-report';
import { buildDashboard, Dashboard } from './dashboard';
import { PeriodInput } from './period';
import { Report } from './report';

export const ReportRequestInput = z.object({
  period: PeriodInput,
  /** The scope (phạm vi): the province when absent, or any unit under it. */
  unitId: z.string().min(1).max(64).optional(),
});

/** The report's figures for a period and scope, beside the same period a year earlier. */
export const buildReportMethod = defineMethod({
  name: 'reports.build',
  role: 'viewer',
  summary: 'Lập báo cáo theo kỳ và đơn vị, so sánh với cùng kỳ năm trước.',
  input: ReportRequestInput,
  output: Report,
  handler: (ctx, input) => buildReport(ctx.db, input),
});

/** The overview (Tổng quan): key figures of a year (the current one by default) and chart series. */
export const dashboardMethod = defineMethod({
  name: 'reports.dashboard',
  role: 'viewer',
  summary: 'Số liệu tổng quan năm nay so với cùng kỳ và dữ liệu biểu đồ.',
  input: z.object({ year: z.number().int().min(1990).max(2100).optional() }),
  output: Dashboard,
  handler: (ctx, input) => buildDashboard(ctx.db, input.year ?? Number(ctx.now.slice(0, 4)), ctx.now.slice(0, 10)),
});

import { handle } from '../api/define';
import { reportsContract } from '../../contract/reports/reports.contract';
import { buildReport } from './build-report';
import { buildDashboard } from './dashboard';
import { latestYearWithData } from '../records/latest-year.repo';

/** The report's figures for a period and scope, beside the same period a year earlier. */
export const buildReportMethod = handle(reportsContract, 'reports.build', (ctx, input) => buildReport(ctx.db, input));

/** The overview (Tổng quan): key figures of a year (the latest with data by default) and chart series. */
export const dashboardMethod = handle(reportsContract, 'reports.dashboard', (ctx, input) =>
  buildDashboard(ctx.db, input.year ?? latestYearWithData(ctx.db) ?? Number(ctx.now.slice(0, 4)), ctx.now.slice(0, 10), input.origin),
);

/** The year screens open on: the latest with recorded activity, else the current one. */
export const latestYearMethod = handle(reportsContract, 'reports.latestYear', (ctx) => {
  const year = latestYearWithData(ctx.db);
  return { year: year ?? Number(ctx.now.slice(0, 4)), hasData: year !== null };
});

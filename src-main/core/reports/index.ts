import { methodMap } from '../api/define';
import type { Migration } from '../db/migrations';
import { exportPdfMethod, exportXlsxMethod } from './export.api';
import { buildReportMethod, dashboardMethod } from './reports.api';
import { reportsIndexMigration, reportsSessionGroupIndexMigration } from './reports.schema';

/** API methods of this domain. */
export const reportsMethods = methodMap(buildReportMethod, exportXlsxMethod, exportPdfMethod, dashboardMethod);

/** Schema steps of this domain. */
export const reportsMigrations: Migration[] = [reportsIndexMigration, reportsSessionGroupIndexMigration];

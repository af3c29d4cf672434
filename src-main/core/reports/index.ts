import { methodMap } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { reportsContract } from '../../contract/reports/reports.contract';
import { exportDocxMethod, exportPdfMethod, exportXlsxMethod } from './export.api';
import { getHeaderMethod, saveHeaderMethod } from './report-header.api';
import { reportHeadersMigration } from './report-headers.schema';
import { buildReportMethod, dashboardMethod, latestYearMethod } from './reports.api';

const methods = methodMap(
  buildReportMethod,
  exportXlsxMethod,
  exportPdfMethod,
  exportDocxMethod,
  dashboardMethod,
  latestYearMethod,
  getHeaderMethod,
  saveHeaderMethod,
);

/**
 * The reports domain: its API methods and the saved report headers (step 82). Its released index steps
 * (80, 81) now belong to the domains that own the tables.
 */
export const reportsDomain = defineContractDomain({
  name: 'reports',
  contract: reportsContract,
  methods,
  migrations: [reportHeadersMigration],
});

export { buildReport } from './build-report';

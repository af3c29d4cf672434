import { methodMap } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { reportsContract } from '../../contract/reports/reports.contract';
import { exportPdfMethod, exportXlsxMethod } from './export.api';
import { buildReportMethod, dashboardMethod } from './reports.api';
import { reportsIndexMigration, reportsSessionGroupIndexMigration } from './reports.schema';

const methods = methodMap(buildReportMethod, exportXlsxMethod, exportPdfMethod, dashboardMethod);

/** The reports domain: its API methods and schema steps. */
export const reportsDomain = defineContractDomain({
  name: 'reports',
  contract: reportsContract,
  methods,
  migrations: [reportsIndexMigration, reportsSessionGroupIndexMigration],
});

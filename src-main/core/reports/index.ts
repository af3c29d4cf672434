import { methodMap } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { reportsContract } from '../../contract/reports/reports.contract';
import { exportPdfMethod, exportXlsxMethod } from './export.api';
import { buildReportMethod, dashboardMethod } from './reports.api';

const methods = methodMap(buildReportMethod, exportXlsxMethod, exportPdfMethod, dashboardMethod);

/** The reports domain: its API methods. Its released index steps (80, 81) now belong to the domains that own the tables. */
export const reportsDomain = defineContractDomain({ name: 'reports', contract: reportsContract, methods, migrations: [] });

import { methodMap } from '../api/define';
import { defineDomain } from '../api/domain';
import { exportPdfMethod, exportXlsxMethod } from './export.api';
import { buildReportMethod, dashboardMethod } from './reports.api';
import { reportsIndexMigration, reportsSessionGroupIndexMigration } from './reports.schema';

const methods = methodMap(buildReportMethod, exportXlsxMethod, exportPdfMethod, dashboardMethod);

/** The reports domain: its API methods and schema steps. */
export const reportsDomain = defineDomain({ name: 'reports', methods, migrations: [reportsIndexMigration, reportsSessionGroupIndexMigration] });

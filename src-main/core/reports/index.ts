import { methodMap } from '../api/define';
import { exportPdfMethod, exportXlsxMethod } from './export.api';
import { buildReportMethod, dashboardMethod } from './reports.api';

/** API methods of this domain. */
export const reportsMethods = methodMap(buildReportMethod, exportXlsxMethod, exportPdfMethod, dashboardMethod);

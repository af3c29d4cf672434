import { handle, type MethodContext } from '../api/define';
import { reportsContract } from '../../contract/reports/reports.contract';
import { OfficeInfo } from '../exporters/office';
import { renderReportPdf } from '../exporters/pdf-engine';
import { reportPdfDoc } from '../exporters/report-pdf';
import { reportXlsxBytes } from '../exporters/report-xlsx';
import { readSettings } from '../system';
import { prepareReport } from './build-report';
import { detailSheets } from './details';
import type { ExportInput } from '../../contract/reports/reports.contract';

/** The issuing office for a document: names from system settings, signer from the request. */
export function officeFor(ctx: Pick<MethodContext, 'db'>, input: ExportInput): OfficeInfo {
  const s = readSettings(ctx.db);
  return OfficeInfo.parse({
    parentBody: s.parentBodyName || undefined,
    officeName: s.officeName || undefined,
    place: s.placeName || undefined,
    signerTitle: input.signerTitle || undefined,
    signerName: input.signerName || undefined,
  });
}

function fileBase(label: string, from: string, to: string): string {
  return `bao-cao-${from}-${to}`.replace(/[^0-9a-z-]/gi, '') || label;
}

/** The workbook to the Ministry: official summary tables and streamed detail sheets. */
export const exportXlsxMethod = handle(reportsContract, 'reports.exportXlsx', async (ctx, input) => {
  const { report, layout } = prepareReport(ctx.db, input);
  const office = officeFor(ctx, input);
  // The detail sheets read the store after the first await, when the call's transaction is closed;
  // the dispatcher runs calls one at a time, so nothing writes in between.
  const details = detailSheets(ctx.env.store, layout, report.period, report.scope.name);
  const bytes = await reportXlsxBytes({ report, office, signedOn: input.signedOn ?? ctx.now.slice(0, 10), details });
  const base = fileBase('bao-cao', report.period.from, report.period.to);
  return {
    fileName: `${base}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: bytes.toString('base64'),
    bytes: bytes.length,
  };
});

/** The same report as a PDF per Nghị định 30/2020, with charts. */
export const exportPdfMethod = handle(reportsContract, 'reports.exportPdf', async (ctx, input) => {
  const { report } = prepareReport(ctx.db, input);
  const doc = reportPdfDoc(report, officeFor(ctx, input), input.signedOn ?? ctx.now.slice(0, 10));
  const bytes = await renderReportPdf(ctx.env.resourcesDir, doc);
  const base = fileBase('bao-cao', report.period.from, report.period.to);
  return { fileName: `${base}.pdf`, mimeType: 'application/pdf', base64: bytes.toString('base64'), bytes: bytes.length };
});

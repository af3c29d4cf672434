import { join } from 'node:path';
import { handle } from '../api/define';
import { reportsContract } from '../../contract/reports/reports.contract';
import { renderReportPdf } from '../exporters/pdf-engine';
import { prepareReport } from './build-report';
import { detailSheets } from './details';
import { exportHeader } from './report-header.api';

// The exporters are imported at their first use: exceljs, docx and echarts weigh ≈60 MB once loaded,
// which the core worker would otherwise carry from its start, through every certificate print (issue 8).

function fileBase(label: string, from: string, to: string): string {
  return `bao-cao-${from}-${to}`.replace(/[^0-9a-z-]/gi, '') || label;
}

function fileOut(bytes: Buffer, fileName: string, mimeType: string) {
  return { fileName, mimeType, base64: bytes.toString('base64'), bytes: bytes.length };
}

/** The workbook to the Ministry: official summary tables and streamed detail sheets. */
export const exportXlsxMethod = handle(reportsContract, 'reports.exportXlsx', async (ctx, input) => {
  const { report, layout } = prepareReport(ctx.db, input);
  const header = exportHeader(ctx, input, report);
  // The detail sheets read the store after the first await, when the call's transaction is closed;
  // the dispatcher runs calls one at a time, so nothing writes in between.
  const details = detailSheets(ctx.env.store, layout, report.period, report.scope.name, report.origin);
  const { reportXlsxBytes } = await import('../exporters/report-xlsx');
  const bytes = await reportXlsxBytes({ report, header, details });
  const base = fileBase('bao-cao', report.period.from, report.period.to);
  return fileOut(bytes, `${base}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
});

/** The same report as a PDF per Nghị định 30/2020, with charts. */
export const exportPdfMethod = handle(reportsContract, 'reports.exportPdf', async (ctx, input) => {
  const { report } = prepareReport(ctx.db, input);
  const header = exportHeader(ctx, input, report);
  const { reportPdfDoc } = await import('../exporters/report-pdf');
  const doc = reportPdfDoc(report, header);
  const bytes = await renderReportPdf(ctx.env.resourcesDir, doc);
  return fileOut(bytes, `${fileBase('bao-cao', report.period.from, report.period.to)}.pdf`, 'application/pdf');
});

/** The same report as an editable Word document, laid out as the PDF. */
export const exportDocxMethod = handle(reportsContract, 'reports.exportDocx', async (ctx, input) => {
  const { report } = prepareReport(ctx.db, input);
  const header = exportHeader(ctx, input, report);
  const { reportDocxBytes } = await import('../exporters/report-docx');
  const bytes = await reportDocxBytes(report, header, join(ctx.env.resourcesDir, 'fonts'));
  const base = fileBase('bao-cao', report.period.from, report.period.to);
  return fileOut(bytes, `${base}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
});

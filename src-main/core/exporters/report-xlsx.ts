import { PassThrough, type Writable } from 'node:stream';
import type { Report } from '../reports/report';
import type { DetailSheet } from './detail-sheet';
import { streamingWorkbook } from './excel';
import { scopeLine, type DocumentHeader } from './document-lines';
import { writeDetailSheet } from './xlsx-detail';
import { writeOfficialTable } from './xlsx-official-table';

export interface XlsxExportInput {
  report: Report;
  header: DocumentHeader;
  details: readonly DetailSheet[];
}

/**
 * The workbook to the Ministry: the summary by unit and the comparison with the year earlier as
 * official tables, then one streamed detail sheet per record kind. Writes to `out` and resolves when
 * the file is complete.
 */
export async function writeReportXlsx(input: XlsxExportInput, out: Writable): Promise<void> {
  const { report, header } = input;
  const wb = streamingWorkbook(out);
  wb.creator = 'antq-records';
  // The period once: its label is either a named period (Năm 2017) or its dates (Từ ngày … đến ngày …).
  const subtitle = `(${report.period.label}; ${scopeLine(report)})`;
  const unitWidths = [6, 28, ...report.unitTable.columns.slice(2).map(() => 10)];
  writeOfficialTable(
    wb,
    'Tổng hợp',
    report.unitTable,
    { header, title: 'Báo cáo', subtitle: header.subject, note: `(${scopeLine(report)})` },
    unitWidths,
  );
  writeOfficialTable(
    wb,
    'So sánh cùng kỳ',
    report.indicatorTable,
    { header, title: 'Các chỉ tiêu so với cùng kỳ năm trước', subtitle },
    [6, 52, 13, 16, 16, 14],
  );
  for (const d of input.details) await writeDetailSheet(wb, d);
  await wb.commit();
}

/** The workbook as bytes (for the API, which returns it base64-encoded). */
export async function reportXlsxBytes(input: XlsxExportInput): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  await writeReportXlsx(input, sink);
  await done;
  return Buffer.concat(chunks);
}

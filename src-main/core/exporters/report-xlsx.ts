import { PassThrough, type Writable } from 'node:stream';
import type { Report } from '../reports/report';
import type { DetailSheet } from './detail-sheet';
import { streamingWorkbook } from './excel';
import type { OfficeInfo } from './office';
import { writeDetailSheet } from './xlsx-detail';
import { writeOfficialTable } from './xlsx-official-table';

export interface XlsxExportInput {
  report: Report;
  office: OfficeInfo;
  /** ISO date printed by the signature. */
  signedOn: string;
  details: readonly DetailSheet[];
}

function scopeLine(report: Report): string {
  return report.scope.kind === 'province' ? `Toàn tỉnh: ${report.scope.name}` : report.scope.name;
}

/**
 * The workbook to the Ministry: the summary by unit and the comparison with the year earlier as
 * official tables, then one streamed detail sheet per record kind. Writes to `out` and resolves when
 * the file is complete.
 */
export async function writeReportXlsx(input: XlsxExportInput, out: Writable): Promise<void> {
  const { report, office, signedOn } = input;
  const wb = streamingWorkbook(out);
  wb.creator = 'antq-records';
  const subtitle = `(${report.period.label}; ${scopeLine(report)}; từ ${fmt(report.period.from)} đến ${fmt(report.period.to)})`;
  const unitWidths = [6, 28, ...report.unitTable.columns.slice(2).map(() => 10)];
  writeOfficialTable(
    wb,
    'Tổng hợp',
    report.unitTable,
    { office, title: 'Báo cáo kết quả phong trào toàn dân bảo vệ an ninh Tổ quốc', subtitle, signedOn },
    unitWidths,
  );
  writeOfficialTable(
    wb,
    'So sánh cùng kỳ',
    report.indicatorTable,
    { office, title: 'Các chỉ tiêu so với cùng kỳ năm trước', subtitle, signedOn },
    [6, 52, 13, 16, 16, 14],
  );
  for (const d of input.details) await writeDetailSheet(wb, d);
  await wb.commit();
}

function fmt(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
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

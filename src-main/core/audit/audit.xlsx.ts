import { PassThrough } from 'node:stream';
import { streamingWorkbook } from '../exporters/excel';
import type { AuditRow } from './audit-log.repo';
import { describeChanges } from './audit-describe';
import { officeDateTime } from './audit-time';
import { auditKindLabel } from '../../contract/audit/audit-kinds';

const HEADERS = ['STT', 'Thời điểm', 'Tài khoản', 'Vai trò', 'Thao tác', 'Loại bản ghi', 'Mã bản ghi', 'Hành động', 'Thay đổi', 'Ghi chú'];
const WIDTHS = [7, 18, 18, 10, 30, 24, 38, 12, 70, 40];
const ACTIONS: Readonly<Record<AuditRow['action'], string>> = { create: 'Thêm', update: 'Sửa', delete: 'Xoá', event: 'Sự kiện' };
const ROLES: Readonly<Record<string, string>> = { viewer: 'Lãnh đạo', clerk: 'Cán bộ', admin: 'Quản trị' };

/** Reads the trail in pages (newest first); the workbook streams, so a long trail stays bounded in memory. */
export type AuditPages = () => Iterable<AuditRow[]>;

/** The audit trail as an XLSX workbook: one sheet, Vietnamese headers, times as dd/mm/yyyy hh:mm (Vietnam). */
export async function auditXlsxBytes(pages: AuditPages): Promise<{ bytes: Buffer; rows: number }> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const wb = streamingWorkbook(sink);
  wb.creator = 'antq-records';
  const sheet = wb.addWorksheet('Nhật ký thao tác', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = HEADERS.map((header, i) => ({ header, width: WIDTHS[i] }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let rows = 0;
  for (const page of pages()) {
    for (const r of page) {
      rows += 1;
      const role = r.role === null ? '' : (ROLES[r.role] ?? r.role);
      const row = [rows, officeDateTime(r.at), r.username, role, r.method, auditKindLabel(r.kind), r.record_id ?? '', ACTIONS[r.action]];
      sheet.addRow([...row, describeChanges(r.changes), r.note ?? '']).commit();
    }
  }
  await wb.commit();
  await done;
  return { bytes: Buffer.concat(chunks), rows };
}

import { handle } from '../api/define';
import type { MethodContext } from '../api/define';
import { auditContract, type AuditEntry, type AuditFilter } from '../../contract/audit/audit.contract';
import type { ReadDb } from '../db/types';
import { listEntries, type AuditRow } from './audit-log.repo';

/** Rows per page of the export's reads. */
const EXPORT_PAGE = 2000;

function toEntry(r: AuditRow): AuditEntry {
  let changes: AuditEntry['changes'] = null;
  if (r.changes !== null) {
    const parsed: unknown = JSON.parse(r.changes);
    changes = typeof parsed === 'object' && parsed !== null ? (parsed as AuditEntry['changes']) : null;
  }
  return {
    id: r.id,
    at: r.at,
    userId: r.user_id,
    username: r.username,
    role: r.role,
    method: r.method,
    kind: r.kind,
    recordId: r.record_id,
    action: r.action,
    changes,
    note: r.note,
  };
}

/** Sign-ins and account changes are the administrator's business: other roles do not see them. */
const withoutAccounts = (ctx: MethodContext) => ctx.caller.role !== 'admin';

/** One page of the trail, newest first; `next` continues it. */
export const listAudit = handle(auditContract, 'audit.list', (ctx, input) => {
  const { limit, cursor, ...filter } = input;
  const rows = listEntries(ctx.db, { filter, limit, before: cursor, withoutAccounts: withoutAccounts(ctx) });
  const last = rows.at(-1);
  return { entries: rows.map(toEntry), next: rows.length === limit && last ? last.id : null };
});

function* pagesOf(db: ReadDb, filter: AuditFilter): Generator<AuditRow[]> {
  let before: number | undefined;
  for (;;) {
    const rows = listEntries(db, { filter, limit: EXPORT_PAGE, before, withoutAccounts: false });
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (rows.length < EXPORT_PAGE || !last) return;
    before = last.id;
  }
}

/** The trail (with the same filters as the list) as an Excel file, for administrators. */
export const exportAuditXlsx = handle(auditContract, 'audit.exportXlsx', async (ctx, filter) => {
  // The pages are read after the first await, when the call's transaction is closed; the dispatcher
  // runs calls one at a time, so nothing writes in between.
  // The writer (exceljs) is loaded at the first export, not when the core starts.
  const { auditXlsxBytes } = await import('./audit.xlsx');
  const { bytes, rows } = await auditXlsxBytes(() => pagesOf(ctx.env.store, filter));
  const day = ctx.now.slice(0, 10);
  return {
    fileName: `nhat-ky-thao-tac-${day}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: bytes.toString('base64'),
    bytes: bytes.length,
    rows,
  };
});

import { handle, type MethodContext } from '../api/define';
import { readSettings } from '../system';
import { reportsContract, type ExportInput } from '../../contract/reports/reports.contract';
import type { ReportHeader } from '../../contract/reports/report-header';
import type { ReadDb } from '../db/types';
import { resolveReportScope } from './build-report';
import { checkIssuedOn, prefilledHeader, reportKey } from './report-header.rules';
import { lastReportHeader, readReportHeader, writeReportHeader } from './report-headers.repo';
import type { Report } from './report';

/** The report's saved header, or one prefilled from the last report and the office settings. */
export function storedHeader(
  db: ReadDb,
  report: Pick<Report, 'period' | 'scope'>,
  today: string,
): { header: ReportHeader; saved: boolean } {
  const saved = readReportHeader(db, reportKey(report.period, report.scope.unitId));
  if (saved) return { header: saved, saved: true };
  const scope = { period: report.period, scopeName: report.scope.name, scopeKind: report.scope.kind };
  return { header: prefilledHeader(readSettings(db), lastReportHeader(db), scope, today), saved: false };
}

/**
 * The header an export prints: the one sent with the request, else the stored one, with the older
 * signer fields applied on top; refused when dated before the period's end.
 */
export function exportHeader(
  ctx: Pick<MethodContext, 'db' | 'now'>,
  input: ExportInput,
  report: Pick<Report, 'period' | 'scope'>,
): ReportHeader {
  const base = input.header ?? storedHeader(ctx.db, report, ctx.now.slice(0, 10)).header;
  const header: ReportHeader = {
    ...base,
    ...(input.signerTitle ? { signerTitle: input.signerTitle } : {}),
    ...(input.signerName ? { signerName: input.signerName } : {}),
    ...(input.signedOn ? { issuedOn: input.signedOn } : {}),
  };
  checkIssuedOn(header, report.period);
  return header;
}

export const getHeaderMethod = handle(reportsContract, 'reports.header.get', (ctx, input) =>
  storedHeader(ctx.db, resolveReportScope(ctx.db, input), ctx.now.slice(0, 10)),
);

export const saveHeaderMethod = handle(reportsContract, 'reports.header.save', (ctx, input) => {
  const { period, scope } = resolveReportScope(ctx.db, input);
  checkIssuedOn(input.header, period);
  writeReportHeader(ctx.db, reportKey(period, scope.unitId), input.header, ctx.now);
  return { header: input.header, saved: true };
});

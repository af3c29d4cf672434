import { fieldError } from '../api/errors';
import type { OfficeSettings } from '../../contract/system/settings';
import type { ReportHeader } from '../../contract/reports/report-header';
import { formatVnDate } from '../../shared/vn-date';
import { periodInSentence, type ResolvedPeriod } from './period';

/** Which report a saved header belongs to: its period and scope. */
export function reportKey(period: Pick<ResolvedPeriod, 'from' | 'to'>, unitId: string): string {
  return `${period.from}|${period.to}|${unitId}`;
}

/** Ngày ban hành by default: today, but never before the period's end (a 2017 report is not dated 2026-… before 31/12/2017). */
export function defaultIssuedOn(period: Pick<ResolvedPeriod, 'to'>, today: string): string {
  return today < period.to ? period.to : today;
}

/** The subject line (trích yếu) a report gets unless the clerk writes another. */
export function defaultSubject(period: ResolvedPeriod, scopeName: string, scopeKind: string): string {
  const where = scopeKind === 'province' ? '' : ` tại ${scopeName}`;
  return `Kết quả phong trào toàn dân bảo vệ an ninh Tổ quốc${where} ${periodInSentence(period.label)}`;
}

/**
 * A new report's header: what stays from one report to the next (bodies, symbol, place, recipients,
 * signer) from the last report saved, else from the office settings; its own number blank, its
 * subject and date from its period.
 */
export function prefilledHeader(
  settings: OfficeSettings,
  last: ReportHeader | null,
  report: { period: ResolvedPeriod; scopeName: string; scopeKind: string },
  today: string,
): ReportHeader {
  const own = {
    number: '',
    issuedOn: defaultIssuedOn(report.period, today),
    subject: defaultSubject(report.period, report.scopeName, report.scopeKind),
  };
  if (last) return { ...last, ...own };
  return {
    parentBody: (settings.parentBodyName || 'CÔNG AN TỈNH').toUpperCase(),
    issuingBody: (settings.officeName || 'PHÒNG THAM MƯU').toUpperCase(),
    symbol: 'BC',
    place: settings.placeName,
    recipients: ['Lưu: VT'],
    signingForm: '',
    onBehalfOf: '',
    signerTitle: 'TRƯỞNG PHÒNG',
    signerName: '',
    ...own,
  };
}

/** Refuses a date of issue before the period's end: a report cannot be issued before what it reports on has ended. */
export function checkIssuedOn(header: ReportHeader, period: ResolvedPeriod): void {
  if (header.issuedOn >= period.to) return;
  throw fieldError(
    ['header', 'issuedOn'],
    `Ngày ban hành ${formatVnDate(header.issuedOn)} trước ngày cuối kỳ báo cáo (${formatVnDate(period.to)}): chọn ngày từ ${formatVnDate(period.to)} trở đi.`,
  );
}

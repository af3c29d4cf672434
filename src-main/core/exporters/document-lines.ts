import type { ReportHeader } from '../../contract/reports/report-header';
import { datedLine } from '../system';

/** The header's fields every document prints: the report's own, or a decision's. */
export type DocumentHeader = ReportHeader;

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** "Số: 15/BC-PV05"; a number not yet registered leaves room to write it in by hand ("Số:      /BC-PV05"). */
export function numberLine(h: Pick<DocumentHeader, 'number' | 'symbol'>): string {
  return `Số: ${h.number || '\u00a0'.repeat(6)}/${h.symbol}`;
}

/**
 * The signer's title lines in capitals: "KT. TRƯỞNG PHÒNG" over "PHÓ TRƯỞNG PHÒNG" when a deputy
 * signs for the head (likewise TL., TUQ., TM.), "Q. GIÁM ĐỐC" for an acting head, the title alone
 * when the head signs in person.
 */
export function signatureTitleLines(h: Pick<DocumentHeader, 'signingForm' | 'onBehalfOf' | 'signerTitle'>): string[] {
  const title = h.signerTitle.toUpperCase();
  const head = h.onBehalfOf.toUpperCase();
  if (h.signingForm === '') return [title];
  if (h.signingForm === 'Q.') return [`Q. ${head || title}`];
  return head ? [`${h.signingForm} ${head}`, title] : [`${h.signingForm} ${title}`];
}

/** The recipients as printed under "Nơi nhận:": "- Bộ Công an (V05);" … "- Lưu: VT." (the last ends with a full stop). */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((r, i) => `- ${r.replace(/[;.,]+$/, '')}${i === recipients.length - 1 ? '.' : ';'}`);
}

/** "Hải Dương, ngày 05 tháng 01 năm 2018", the dated line of an official document. */
export function placeAndDate(h: Pick<DocumentHeader, 'place' | 'issuedOn'>): string {
  return datedLine(h.place, h.issuedOn);
}

/**
 * Where a report is about, under its title: "Toàn tỉnh: Tỉnh Hải Dương" or the unit's name, and whose
 * records alone it counts when it was narrowed to one office ("số liệu của Công an huyện An").
 */
export function scopeLine(report: { scope: { kind: string; name: string }; origin?: { name: string } | null }): string {
  const where = report.scope.kind === 'province' ? `Toàn tỉnh: ${report.scope.name}` : report.scope.name;
  return report.origin ? `${where}; số liệu của ${report.origin.name}` : where;
}

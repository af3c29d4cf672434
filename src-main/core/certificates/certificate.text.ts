import { decisionLabel, type Decision, type Recipient } from '../commendations';
import { foldForSearch } from '../text/fold';
import { formatVnDate } from '../../shared/vn-date';
import type { FieldName, Layout } from './layout';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy'. */
export function viDate(iso: string): string {
  return formatVnDate(iso);
}

/** "Hải Dương, ngày 15 tháng 12 năm 2026" (NĐ 30/2020: day and month below 10 written with a leading zero for 1–2). */
export function placeAndDate(place: string, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const day = (d ?? 0) < 10 ? pad2(d ?? 0) : String(d);
  const month = (m ?? 0) < 3 ? pad2(m ?? 0) : String(m);
  const date = `ngày ${day} tháng ${month} năm ${y}`;
  return place ? `${place}, ${date}` : date.charAt(0).toUpperCase() + date.slice(1);
}

/** "Ông Nguyễn Văn A", "Bà …", "Tập thể …" (a collective name that already says "Tập thể" is kept as is). */
export function recipientLine(r: Pick<Recipient, 'kind' | 'gender' | 'name'>): string {
  if (r.kind === 'collective') return foldForSearch(`${r.name} `).startsWith('tap the ') ? r.name : `Tập thể ${r.name}`;
  return `${r.gender === 'female' ? 'Bà' : 'Ông'} ${r.name}`;
}

function positionAndUnit(r: Recipient): string {
  if (r.kind === 'collective') return r.unitName && r.unitName !== r.name ? r.unitName : '';
  return [r.position, r.unitName].filter(Boolean).join(', ');
}

/** Every text of one certificate, by field. Pure: the same recipient and decision always print the same. */
export function certificateTexts(r: Recipient, d: Decision, layout: Layout): Record<FieldName, string> {
  return {
    nationalTitle: NATIONAL_TITLE,
    motto: MOTTO,
    authority: d.issuerLine || d.authorityName,
    award: 'Tặng',
    title: layout.title ?? d.awardFormName,
    recipient: recipientLine(r),
    positionUnit: positionAndUnit(r),
    achievement: r.achievement,
    placeDate: placeAndDate(d.place, d.signedOn),
    signerTitle: d.signerTitle,
    signerName: d.signerName,
    decision: `Quyết định số ${decisionLabel(d)} ngày ${viDate(d.signedOn)}`,
    registry: r.registryNumber === null ? '' : `Số sổ: ${r.registryNumber}`,
  };
}

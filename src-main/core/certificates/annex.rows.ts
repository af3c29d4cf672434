import { decisionLabel, type Decision, type Recipient } from '../commendations';
import { viDate } from './certificate.text';

/** One printed row of the annex list. */
export interface AnnexRow {
  seq: string;
  name: string;
  birthYear: string;
  positionUnit: string;
  achievement: string;
  registry: string;
}

/** A group heading ("I. TẬP THỂ") and its rows. */
export interface AnnexGroup {
  heading: string;
  rows: AnnexRow[];
}

export interface AnnexData {
  title: string;
  subtitle: string;
  groups: AnnexGroup[];
}

const ROMAN = ['I', 'II'];

/** The annex "Danh sách … (Kèm theo Quyết định số … ngày …)": collectives first, then individuals. Pure. */
export function annexData(d: Decision, recipients: readonly Recipient[]): AnnexData {
  const kinds: [Recipient['kind'], string][] = [
    ['collective', 'TẬP THỂ'],
    ['individual', 'CÁ NHÂN'],
  ];
  const groups = kinds
    .map(([kind, label]) => ({ label, list: recipients.filter((r) => r.kind === kind) }))
    .filter((g) => g.list.length > 0)
    .map((g, gi) => ({
      heading: `${ROMAN[gi]}. ${g.label} (${g.list.length})`,
      rows: g.list.map((r, i) => ({
        seq: String(i + 1),
        name: r.kind === 'individual' ? `${r.gender === 'female' ? 'Bà' : 'Ông'} ${r.name}` : r.name,
        birthYear: r.birthYear === null ? '' : String(r.birthYear),
        positionUnit: [r.position, r.unitName].filter(Boolean).join(', '),
        achievement: r.achievement,
        registry: r.registryNumber === null ? '' : String(r.registryNumber),
      })),
    }));
  const by = d.issuerLine || d.authorityName;
  return {
    title: `DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG ${d.awardFormName.toLocaleUpperCase('vi')}`,
    subtitle: `(Kèm theo Quyết định số ${decisionLabel(d)} ngày ${viDate(d.signedOn)} của ${by})`,
    groups,
  };
}

export const ANNEX_COLUMNS = ['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị', 'Thành tích', 'Số sổ'] as const;

import type { Decision } from '../../contract/commendations/commendation';
import type { DecisionDocument } from '../../contract/commendations/decision-document';
import type { OfficeSettings } from '../../contract/system/settings';
import type { AwardFormKind } from './commendation.rules';

/**
 * Mức lương cơ sở by the date it took effect (NĐ 38/2019, 24/2023, 73/2024; 2026 per DOMAIN.md, not
 * confirmed): the one in force on the decision's date is the default, and the clerk can change it.
 */
const BASE_SALARIES: readonly [string, number][] = [
  ['2026-07-01', 2_530_000],
  ['2024-07-01', 2_340_000],
  ['2023-07-01', 1_800_000],
  ['2019-07-01', 1_490_000],
];

export function baseSalaryOn(isoDate: string): number {
  return BASE_SALARIES.find(([from]) => isoDate >= from)?.[1] ?? 0;
}

/**
 * Cash per individual as a coefficient of the base salary (NĐ 152/2025): Bằng khen of a minister or
 * province chairman 1.5, Giấy khen 0.3; other forms default to none (the clerk enters one). A
 * collective gets twice an individual's (DOMAIN.md, not confirmed).
 */
const INDIVIDUAL_COEFFICIENT: Record<AwardFormKind, number> = {
  certificate_of_merit: 1.5,
  letter_of_praise: 0.3,
  emulation_flag: 0,
  commemorative_medal: 0,
  other: 0,
};

/**
 * The legal bases cited by decisions of the year (DOMAIN.md §2): the commendation law, the decree in
 * force on the decision's date (98/2023 until 30/6/2025, then 152/2025) and the Ministry's circular.
 */
export function defaultLegalBases(signedOn: string): string[] {
  const decree =
    signedOn >= '2025-07-01'
      ? 'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng'
      : 'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng';
  return [
    'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15',
    decree,
    'Căn cứ Thông tư số 12/2019/TT-BCA của Bộ trưởng Bộ Công an quy định về công tác thi đua, khen thưởng trong Công an nhân dân',
  ];
}

/** "Trưởng Phòng Tham mưu" for an office named "Phòng …"; otherwise the office's name as it is. */
function proposerOf(officeName: string): string {
  const name = officeName.trim();
  if (!name) return 'Trưởng phòng Tham mưu';
  return /^phòng\s/i.test(name) ? `Trưởng ${name[0]!.toLowerCase()}${name.slice(1)}` : name;
}

/**
 * The document parts a decision starts from: the texts of the last saved decision (or of the office
 * settings), with the cash award and the legal bases that fit this decision's form and date.
 */
export function prefilledDecisionDocument(
  decision: Pick<Decision, 'signedOn' | 'year'>,
  formKind: AwardFormKind,
  settings: Pick<OfficeSettings, 'officeName' | 'parentBodyName'>,
  last: DecisionDocument | null,
): DecisionDocument {
  const individual = INDIVIDUAL_COEFFICIENT[formKind];
  const cash = { individualCoefficient: individual, collectiveCoefficient: individual * 2, baseSalary: baseSalaryOn(decision.signedOn) };
  const achievement = `phong trào Toàn dân bảo vệ an ninh Tổ quốc năm ${decision.year}`;
  // The achievement names the year, so it is this decision's own, not the last one's.
  if (last) return { ...last, ...cash, achievement };
  return {
    parentBody: '',
    issuingBody: settings.parentBodyName || 'CÔNG AN TỈNH',
    legalBases: defaultLegalBases(decision.signedOn),
    proposer: proposerOf(settings.officeName),
    achievement,
    ...cash,
    executors: `${proposerOf(settings.officeName)}, Thủ trưởng các đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1`,
    recipients: ['Như Điều 3', 'Lưu: VT'],
    signingForm: '',
    onBehalfOf: '',
  };
}

/** The cash per head: coefficient × base salary rounded up to tens of thousands of đồng (NĐ 152/2025). */
export function cashAmount(coefficient: number, baseSalary: number): number {
  // Coefficients like 0.3 are inexact in binary: round to whole đồng before rounding up.
  return Math.ceil(Math.round(coefficient * baseSalary) / 10_000) * 10_000;
}

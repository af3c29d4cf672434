import type { FieldIssue } from '../api/errors';
import { foldForSearch } from '../text/fold';
import { decisionLabel, type HistoryEntry, type RecipientInput, type RecipientWarning } from '../../contract/commendations/commendation';

/** Award form kind (hình thức), by catalogue code, or by name when an office added its own entry. */
export type AwardFormKind = 'emulation_flag' | 'certificate_of_merit' | 'letter_of_praise' | 'commemorative_medal' | 'other';

const FORM_BY_CODE: Record<string, AwardFormKind> = {
  CO_THI_DUA: 'emulation_flag',
  BANG_KHEN: 'certificate_of_merit',
  GIAY_KHEN: 'letter_of_praise',
  KY_NIEM_CHUONG: 'commemorative_medal',
};
const FORM_BY_NAME: [string, AwardFormKind][] = [
  ['co thi dua', 'emulation_flag'],
  ['bang khen', 'certificate_of_merit'],
  ['giay khen', 'letter_of_praise'],
  ['ky niem chuong', 'commemorative_medal'],
];

export function awardFormKind(code: string | null, name: string): AwardFormKind {
  if (code && FORM_BY_CODE[code]) return FORM_BY_CODE[code];
  const folded = foldForSearch(name);
  return FORM_BY_NAME.find(([n]) => folded.includes(n))?.[1] ?? 'other';
}

/** What a recipient must carry, given the decision (kind rules, birth year range, medal per person). */
export function recipientIssues(r: RecipientInput, decision: { year: number; formKind: AwardFormKind }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (r.kind === 'individual') {
    if (!r.gender) issues.push({ path: ['gender'], message: 'Cá nhân phải có giới tính (Nam/Nữ) để in "Ông"/"Bà".' });
    if (r.birthYear === null) issues.push({ path: ['birthYear'], message: 'Cá nhân phải có năm sinh.' });
    else if (r.birthYear < 1900 || r.birthYear > decision.year) {
      issues.push({ path: ['birthYear'], message: `Năm sinh phải từ 1900 đến ${decision.year}.` });
    }
  } else {
    if (decision.formKind === 'commemorative_medal') {
      issues.push({ path: ['kind'], message: 'Kỷ niệm chương chỉ tặng cá nhân, không tặng tập thể.' });
    }
    if (r.gender !== null || r.birthYear !== null) {
      issues.push({ path: ['kind'], message: 'Tập thể không có giới tính hay năm sinh.' });
    }
  }
  if (!r.unitId && !r.unitName) issues.push({ path: ['unitName'], message: 'Nhập đơn vị của người hoặc tập thể được khen.' });
  if (!r.achievement) issues.push({ path: ['achievement'], message: 'Nhập thành tích.' });
  return issues;
}

/** The identity used to find a recipient's history: folded name plus birth year or unit. */
export interface RecipientIdentity {
  kind: 'collective' | 'individual';
  name: string;
  birthYear: number | null;
  unitId: string | null;
  unitName: string;
}

/**
 * Same person or collective: same name ignoring diacritics and case, and the same birth year or the same
 * unit. A name alone is not enough: namesakes are common ("Nguyễn Văn Hùng").
 */
export function sameRecipient(a: RecipientIdentity, b: RecipientIdentity): boolean {
  if (a.kind !== b.kind || foldForSearch(a.name) !== foldForSearch(b.name)) return false;
  if (a.birthYear !== null && b.birthYear !== null) return a.birthYear === b.birthYear;
  if (a.unitId && b.unitId && a.unitId === b.unitId) return true;
  const ua = foldForSearch(a.unitName);
  return ua !== '' && ua === foldForSearch(b.unitName);
}

/** Warnings for a recipient of a decision, from that recipient's other commendations. */
export function recipientWarnings(
  recipientId: string,
  decision: { id: string; year: number; awardFormId: string; formKind: AwardFormKind },
  history: readonly HistoryEntry[],
): RecipientWarning[] {
  const others = history.filter((h) => h.recipientId !== recipientId);
  const out: RecipientWarning[] = [];
  const sameYear = others.find((h) => h.awardFormId === decision.awardFormId && h.year === decision.year);
  if (sameYear) {
    out.push({
      recipientId,
      code: 'SAME_FORM_SAME_YEAR',
      message: `Đã được tặng ${sameYear.awardFormName} năm ${sameYear.year} (Quyết định số ${sameYear.decisionNumber}).`,
    });
  }
  if (decision.formKind === 'commemorative_medal') {
    const medal = others.find((h) => awardFormKind(h.awardFormCode, h.awardFormName) === 'commemorative_medal');
    if (medal) {
      out.push({
        recipientId,
        code: 'COMMEMORATIVE_MEDAL_ONCE',
        message: `Đã được tặng Kỷ niệm chương (Quyết định số ${medal.decisionNumber}); Kỷ niệm chương chỉ tặng một lần cho mỗi người.`,
      });
    }
  }
  return out;
}

/**
 * Kỷ niệm chương is given once per person (TT 20/2025/TT-BCA): an earlier one refuses this one, unless an
 * administrator wrote why it is given again. `selfId` is the recipient being edited, not its own history.
 */
export function medalRepeatIssue(
  r: RecipientInput,
  formKind: AwardFormKind,
  history: readonly HistoryEntry[],
  selfId: string | null,
): FieldIssue | null {
  if (formKind !== 'commemorative_medal' || r.kind !== 'individual' || r.medalOverrideReason) return null;
  const medal = history.find((h) => h.recipientId !== selfId && awardFormKind(h.awardFormCode, h.awardFormName) === 'commemorative_medal');
  if (!medal) return null;
  return {
    path: ['name'],
    message:
      `${r.name} đã được tặng Kỷ niệm chương (Quyết định số ${medal.decisionNumber}); Kỷ niệm chương chỉ tặng một lần cho mỗi người. ` +
      'Nếu vẫn tặng lại, quản trị viên phải ghi lý do.',
  };
}

/** The key of the registry counter (sổ vàng): one sequence per authority, award form and year. */
export function registryKey(d: { authorityId: string; awardFormId: string; year: number }): string {
  return `${d.authorityId}|${d.awardFormId}|${d.year}`;
}

/**
 * Numbers for a decision's unprinted rows, in list order (STT): the numbers they already hold plus the
 * new ones, sorted and dealt out by STT. So numbering a later row first (a selection) never leaves the
 * 4th row with 5 and the 5th with 4. Printed rows are not passed: their numbers are on paper.
 * `rows` are in STT order; returns only the rows whose number changes.
 */
export function registryOrder(
  rows: readonly { id: string; registryNumber: number | null }[],
  fresh: readonly number[],
): Map<string, number> {
  const pool = [...rows.flatMap((r) => (r.registryNumber === null ? [] : [r.registryNumber])), ...fresh].sort((a, b) => a - b);
  const changes = new Map<string, number>();
  rows.forEach((r, i) => {
    const n = pool[i];
    if (n !== undefined && n !== r.registryNumber) changes.set(r.id, n);
  });
  return changes;
}

export { decisionLabel };

import { AppError, fieldError } from '../api/errors';
import type { ReadDb } from '../db/types';
import { assertOwnRecord } from '../records/record-origin.repo';
import { decisionLabel, type Decision, type DecisionInput } from '../../contract/commendations/commendation';
import { awardFormKind, type AwardFormKind } from './commendation.rules';
import { findCatalogueEntry, findDecisionByNumber, getDecision } from './decisions.repo';

const CATALOGUE_LABEL: Record<string, string> = {
  awarding_authority: 'cấp khen',
  award_form: 'hình thức khen thưởng',
  occasion: 'dịp khen thưởng',
};

/** The entry must exist in that catalogue; a retired entry is accepted only if the record already used it. */
function assertEntry(db: ReadDb, field: string, catalogue: string, id: string, previous: string | null): void {
  const entry = findCatalogueEntry(db, id);
  const label = CATALOGUE_LABEL[catalogue];
  if (!entry || entry.catalogue !== catalogue) throw fieldError([field], `Không tìm thấy ${label} đã chọn trong danh mục.`);
  if (entry.retiredAt && id !== previous) throw fieldError([field], `${entry.name} đã ngừng sử dụng; chọn ${label} khác.`);
}

/** Checks a decision's references, its year and its number (unique per number/symbol/year). */
export function assertDecisionInput(db: ReadDb, d: DecisionInput, existing?: Decision): void {
  assertEntry(db, 'authorityId', 'awarding_authority', d.authorityId, existing?.authorityId ?? null);
  assertEntry(db, 'awardFormId', 'award_form', d.awardFormId, existing?.awardFormId ?? null);
  if (d.occasionId) assertEntry(db, 'occasionId', 'occasion', d.occasionId, existing?.occasionId ?? null);
  const signedYear = Number(d.signedOn.slice(0, 4));
  // A year-end decision is often signed in January of the next year.
  if (d.year !== signedYear && d.year !== signedYear - 1) {
    throw fieldError(['year'], `Năm khen thưởng phải là năm ký (${signedYear}) hoặc năm trước đó.`);
  }
  const clash = findDecisionByNumber(db, d);
  if (clash && clash !== existing?.id) {
    throw new AppError('CONFLICT', `Đã có Quyết định số ${decisionLabel(d)} năm ${d.year}.`, [
      { path: ['number'], message: 'Số quyết định đã tồn tại.' },
    ]);
  }
}

export function requireDecision(db: ReadDb, id: string): Decision {
  const d = getDecision(db, id);
  if (!d) throw new AppError('NOT_FOUND', 'Không tìm thấy quyết định khen thưởng (có thể đã bị xóa).');
  return d;
}

/**
 * A decision this office may change, with its recipients and document: not one another office decided
 * (at the Ministry, a province's, received in its yearly package), which only its next package changes.
 */
export function requireOwnDecision(db: ReadDb, id: string): Decision {
  const d = requireDecision(db, id);
  assertOwnRecord(db, 'commendation_decisions', id, 'quyết định khen thưởng');
  return d;
}

export function formKindOf(d: Decision): AwardFormKind {
  return awardFormKind(d.awardFormCode, d.awardFormName);
}

import { AppError, fieldError, type FieldIssue } from '../api/errors';
import type { ReadDb } from '../db/types';
import type { Decision, HistoryEntry, RecipientInput, RecipientWarning } from '../../contract/commendations/commendation';
import { medalRepeatIssue, recipientIssues, recipientWarnings, sameRecipient, type RecipientIdentity } from './commendation.rules';
import { formKindOf } from './decision.checks';
import { unitName } from './decisions.repo';
import { historyCandidates } from './recipients.repo';

/**
 * A recipient ready to save: the unit resolved (its name printed when the clerk typed none) and every
 * rule checked. Returns the issues instead of throwing so a pasted list can report row by row.
 * `selfId`: the recipient being edited, so its own medal does not count as an earlier one.
 */
export function prepareRecipient(
  db: ReadDb,
  decision: Decision,
  r: RecipientInput,
  selfId: string | null = null,
): { value: RecipientInput; issues: FieldIssue[] } {
  const value = { ...r, medalOverrideReason: r.medalOverrideReason || null };
  const issues: FieldIssue[] = [];
  if (value.kind === 'collective') {
    // A pasted collective row may carry an empty gender/birth year column; those are not errors.
    value.gender = value.gender ?? null;
  }
  if (value.unitId) {
    const name = unitName(db, value.unitId);
    if (name === undefined) issues.push({ path: ['unitId'], message: 'Không tìm thấy đơn vị đã chọn.' });
    else if (!value.unitName) value.unitName = name;
  }
  const formKind = formKindOf(decision);
  issues.push(...recipientIssues(value, { year: decision.year, formKind }));
  const medal = formKind === 'commemorative_medal' ? medalRepeatIssue(value, formKind, historyOf(db, value), selfId) : null;
  if (medal) issues.push(medal);
  return { value, issues };
}

export function assertRecipient(db: ReadDb, decision: Decision, r: RecipientInput, selfId: string | null = null): RecipientInput {
  const { value, issues } = prepareRecipient(db, decision, r, selfId);
  const [first] = issues;
  if (!first) return value;
  if (issues.length === 1) throw fieldError(first.path, first.message);
  throw new AppError('VALIDATION', `Dữ liệu chưa hợp lệ (${issues.length} lỗi): ${first.message}`, issues);
}

/** Every commendation this person or collective received (name without diacritics + birth year or unit). */
export function historyOf(db: ReadDb, who: RecipientIdentity): HistoryEntry[] {
  return historyCandidates(db, who.kind, who.name)
    .filter((h) => sameRecipient(who, { kind: h.kind, name: h.name, birthYear: h.birthYear, unitId: h.unitId, unitName: h.unitName }))
    .map(({ kind: _kind, unitId: _unitId, ...entry }) => entry);
}

export function warningsFor(db: ReadDb, decision: Decision, recipientId: string, r: RecipientInput): RecipientWarning[] {
  const history = historyOf(db, r);
  return recipientWarnings(recipientId, { ...decision, formKind: formKindOf(decision) }, history);
}

import { dateRefusalMessage, parseVnDate } from '../../../src-main/shared/vn-date';
import { conflictRecord, isVersioned } from '../../lib/stale-write';
import { createDecision, updateDecision, type Decision, type DecisionInput } from './commendationsStore';
import type { DecisionFormValues } from './decision-form-values';

/** What a save of the decision form came to: saved, refused as stale (with the saved one), or refused by field. */
export type DecisionSaveResult =
  | { kind: 'saved'; decision: Decision }
  | { kind: 'conflict'; current: Decision }
  | { kind: 'refused'; message: string | null; byField: Record<string, string> };

const isDecision = (v: unknown): v is Decision => isVersioned(v) && 'signedOn' in v;

/** The signing date as the core wants it, or the refusal to show beside the field. */
function signedOnOf(typed: string): { iso: string } | { refusal: string } {
  const date = parseVnDate(typed);
  if (date.ok) return { iso: date.iso };
  return { refusal: typed.trim() === '' ? 'Nhập ngày ký, ví dụ 15/12/2026.' : dateRefusalMessage(typed, date.reason) };
}

/**
 * Saves the form's values as a new decision, or over `editing` made against `baseVersion`. The form
 * converts only the date typed as dd/mm/yyyy; everything else is the core's to check, its issues
 * returned by field (the first message of each).
 */
export async function saveDecisionForm(
  values: DecisionFormValues,
  editing: Decision | null,
  baseVersion?: number,
): Promise<DecisionSaveResult> {
  const signedOn = signedOnOf(values.signedOn ?? '');
  if ('refusal' in signedOn) return { kind: 'refused', message: null, byField: { signedOn: signedOn.refusal } };
  const input = { ...values, signedOn: signedOn.iso, year: Number(values.year), occasionId: values.occasionId || null } as DecisionInput;
  const r = editing ? await updateDecision(editing.id, input, baseVersion) : await createDecision(input);
  if (r.ok) return { kind: 'saved', decision: r.data };
  const current = conflictRecord({ code: r.code ?? 'INTERNAL', current: r.current }, isDecision);
  if (current) return { kind: 'conflict', current };
  const byField: Record<string, string> = {};
  for (const i of r.issues ?? []) byField[String(i.path[0])] ??= i.message;
  return { kind: 'refused', message: r.message, byField };
}

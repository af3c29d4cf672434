import { isoToDisplayDate } from '../../lib/format';
import { formConflictLines, type FormConflictLine } from '../../components/form/form-conflict';
import type { Decision } from './commendationsStore';

/** The decision form's fields as typed text, keyed like the decision's input. */
export type DecisionFormValues = Record<string, string>;

/** The form's fields with their labels, in the order the form shows them. */
export const DECISION_FIELDS: readonly (readonly [string, string])[] = [
  ['number', 'Số quyết định'],
  ['symbol', 'Ký hiệu'],
  ['signedOn', 'Ngày ký'],
  ['year', 'Năm khen thưởng'],
  ['authorityId', 'Cấp khen'],
  ['awardFormId', 'Hình thức khen thưởng'],
  ['occasionId', 'Đợt khen thưởng'],
  ['signerTitle', 'Chức vụ người ký'],
  ['signerName', 'Họ tên người ký'],
  ['issuerLine', 'Cấp khen in trên bằng'],
  ['place', 'Địa danh'],
  ['subject', 'Trích yếu'],
];

/** A saved decision as the form shows it (dd/mm/yyyy dates); a new one starts empty in `year` and `place`. */
export function decisionFormValues(d: Decision | null, defaults: { year: number; place: string }): DecisionFormValues {
  return {
    number: d?.number ?? '',
    symbol: d?.symbol ?? '',
    signedOn: d ? isoToDisplayDate(d.signedOn) : '',
    year: String(d?.year ?? defaults.year),
    authorityId: d?.authorityId ?? '',
    awardFormId: d?.awardFormId ?? '',
    occasionId: d?.occasionId ?? '',
    signerTitle: d?.signerTitle ?? '',
    signerName: d?.signerName ?? '',
    issuerLine: d?.issuerLine ?? '',
    place: d?.place ?? defaults.place,
    subject: d?.subject ?? '',
  };
}

/** The name of a catalogue choice, for the three choice fields; other fields read as typed. */
export type ChoiceName = (field: string, id: string) => string | undefined;

/**
 * The clerk's values beside the decision another window saved meanwhile, field by field (choices by
 * name: the saved decision carries its names, the clerk's choices are looked up).
 */
export function decisionConflictLines(mine: DecisionFormValues, theirs: Decision, choiceName: ChoiceName): FormConflictLine[] {
  const saved = decisionFormValues(theirs, { year: theirs.year, place: '' });
  const savedNames: Record<string, string> = {
    authorityId: theirs.authorityName,
    awardFormId: theirs.awardFormName,
    occasionId: theirs.occasionName ?? '',
  };
  return formConflictLines(
    DECISION_FIELDS.map(([key, label]) => {
      const typed = mine[key] ?? '';
      // The same choice as the saved one reads as its saved name, even before the catalogues have loaded.
      const choice = typed === saved[key] ? savedNames[key] : choiceName(key, typed);
      return {
        label,
        mine: key in savedNames ? (choice ?? typed) : typed,
        theirs: savedNames[key] ?? saved[key] ?? '',
      };
    }),
  );
}

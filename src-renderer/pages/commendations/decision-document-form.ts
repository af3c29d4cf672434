import type { ApiOutput } from '../../../src-main/contract';
import { SIGNING_FORMS } from '../../../src-main/shared/signing-forms';
import { formatVnNumber, parseVnNumber } from '../../../src-main/shared/vn-number';

export type DecisionDocument = ApiOutput<'commendations.decisionDocument.get'>['document'];

/** The document parts as the form holds them: lists one item per line, figures as typed ("0,3", "2.530.000"). */
export type DocumentFields = Omit<
  DecisionDocument,
  'legalBases' | 'recipients' | 'individualCoefficient' | 'collectiveCoefficient' | 'baseSalary'
> & { legalBases: string; recipients: string; individualCoefficient: string; collectiveCoefficient: string; baseSalary: string };

export function toFields(d: DecisionDocument): DocumentFields {
  return {
    ...d,
    legalBases: d.legalBases.join('\n'),
    recipients: d.recipients.join('\n'),
    individualCoefficient: formatVnNumber(d.individualCoefficient),
    collectiveCoefficient: formatVnNumber(d.collectiveCoefficient),
    baseSalary: formatVnNumber(d.baseSalary, 0),
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim().replace(/^[-–]\s*/, ''))
    .filter((l) => l.length > 0);

/** The API's document for the fields, or a Vietnamese message naming the figure that is not a number. */
export function fromFields(f: DocumentFields): DecisionDocument | string {
  const figures = [
    ['Hệ số tiền thưởng cá nhân', f.individualCoefficient],
    ['Hệ số tiền thưởng tập thể', f.collectiveCoefficient],
    ['Mức lương cơ sở', f.baseSalary],
  ] as const;
  const values: number[] = [];
  for (const [label, typed] of figures) {
    const n = parseVnNumber(typed);
    if (n === null) return `${label} "${typed}" không phải là số: nhập ví dụ 0,3 hoặc 2.530.000.`;
    values.push(n);
  }
  const [individualCoefficient = 0, collectiveCoefficient = 0, baseSalary = 0] = values;
  return {
    ...f,
    legalBases: lines(f.legalBases),
    recipients: lines(f.recipients),
    individualCoefficient,
    collectiveCoefficient,
    baseSalary,
  };
}

/** Kept drafts of the decision document, one per decision (counted under "Khen thưởng"). */
export const DECISION_DOCUMENT_DRAFTS = 'form-commendations.document';

/** The fields from a form's typed values (a kept draft): a missing field is blank, an unknown signing form signs in person. */
export function documentFieldsOf(v: Readonly<Record<string, string>>): DocumentFields {
  const text = (k: keyof DocumentFields) => v[k] ?? '';
  return {
    parentBody: text('parentBody'),
    issuingBody: text('issuingBody'),
    legalBases: text('legalBases'),
    proposer: text('proposer'),
    achievement: text('achievement'),
    individualCoefficient: text('individualCoefficient'),
    collectiveCoefficient: text('collectiveCoefficient'),
    baseSalary: text('baseSalary'),
    executors: text('executors'),
    recipients: text('recipients'),
    signingForm: SIGNING_FORMS.find((s) => s === v.signingForm) ?? '',
    onBehalfOf: text('onBehalfOf'),
  };
}

import type { ApiOutput } from '../../../src-main/contract';
import { displayDateToIso, isoToDisplayDate } from '../../lib/format';
import { SIGNING_FORMS } from '../../../src-main/shared/signing-forms';

export type ReportHeader = ApiOutput<'reports.header.get'>['header'];

export { SIGNING_FORMS };

/** The header as the form holds it: the date as dd/mm/yyyy, the recipients one per line. */
export type HeaderFields = Omit<ReportHeader, 'issuedOn' | 'recipients'> & { issuedOn: string; recipients: string };

export function toFields(h: ReportHeader): HeaderFields {
  return { ...h, issuedOn: isoToDisplayDate(h.issuedOn), recipients: h.recipients.join('\n') };
}

/** The API's header for the fields, or a Vietnamese message when the date is not a real day. */
export function fromFields(f: HeaderFields): ReportHeader | string {
  const issuedOn = displayDateToIso(f.issuedOn);
  if (!issuedOn) return `Ngày ban hành "${f.issuedOn}" không đúng dạng dd/mm/yyyy.`;
  const recipients = f.recipients
    .split('\n')
    .map((l) => l.trim().replace(/^[-–]\s*/, ''))
    .filter((l) => l.length > 0);
  return { ...f, issuedOn, recipients };
}

/** The fields from a form's typed values (a kept draft): a missing field is blank, an unknown signing form signs in person. */
export function headerFieldsOf(v: Readonly<Record<string, string>>): HeaderFields {
  const text = (k: keyof HeaderFields) => v[k] ?? '';
  return {
    parentBody: text('parentBody'),
    issuingBody: text('issuingBody'),
    number: text('number'),
    symbol: text('symbol'),
    place: text('place'),
    issuedOn: text('issuedOn'),
    subject: text('subject'),
    recipients: text('recipients'),
    signingForm: SIGNING_FORMS.find((s) => s === v.signingForm) ?? '',
    onBehalfOf: text('onBehalfOf'),
    signerTitle: text('signerTitle'),
    signerName: text('signerName'),
  };
}

import { z } from 'zod';
import { originOfficeOut } from '../records/record-origin';
import { recordVersion } from '../records/record-version';
import { isoDateSchema } from '../../shared/iso-date.schema';
import { uuid, refuseBadCharacters, text as boundedText } from '../../shared/input.schema';

/** ISO calendar date 'YYYY-MM-DD' that exists (no 31/02), within 1945–2100. */
export const IsoDate = isoDateSchema('Ngày');

/** Trimmed text of at most `max` characters, one line unless `multiline`; `required`: the message for a blank one. */
const text = (max: number, required?: string, multiline = false) => {
  const bounded = z.string().trim().max(max, `Tối đa ${max} ký tự.`).superRefine(refuseBadCharacters('Nội dung', multiline));
  return required ? bounded.min(1, required) : bounded;
};

/** Commendation decision — quyết định khen thưởng: what the clerk enters. */
export const DecisionInput = z.object({
  number: text(30, 'Nhập số quyết định.'),
  symbol: text(60).default(''),
  signedOn: IsoDate,
  year: z.number().int().min(1945, 'Năm không hợp lệ.').max(2200, 'Năm không hợp lệ.'),
  authorityId: uuid('Cấp khen', 'Chọn cấp khen.'),
  /** The authority as printed in red on the certificate, e.g. "GIÁM ĐỐC CÔNG AN TỈNH HẢI DƯƠNG". */
  issuerLine: text(200).default(''),
  signerTitle: text(120, 'Nhập chức vụ người ký.'),
  signerName: text(120, 'Nhập họ tên người ký.'),
  awardFormId: uuid('Hình thức khen thưởng', 'Chọn hình thức khen thưởng.'),
  occasionId: uuid('Đợt khen thưởng').nullable().default(null),
  subject: text(1000, undefined, true).default(''),
  /** Place name for "…, ngày … tháng … năm …". */
  place: text(80).default(''),
});
export type DecisionInput = z.output<typeof DecisionInput>;

export const Decision = DecisionInput.extend({
  id: z.string(),
  authorityName: z.string(),
  awardFormName: z.string(),
  awardFormCode: z.string().nullable(),
  authorityCode: z.string().nullable(),
  occasionName: z.string().nullable(),
  recipientCount: z.number().int(),
  /**
   * The office that decided it (records/record-origin.ts): at the Ministry, a province's decisions come
   * in its yearly package, read-only there with their recipients; `fromOtherOffice` locks them.
   */
  originOfficeId: originOfficeOut,
  originOfficeName: z.string().nullable(),
  fromOtherOffice: z.boolean(),
  version: recordVersion,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Decision = z.output<typeof Decision>;

export const RecipientKind = z.enum(['collective', 'individual'], 'Chọn tập thể hoặc cá nhân.');
export const Gender = z.enum(['male', 'female'], 'Chọn giới tính Nam hoặc Nữ.');

const recipientFields = {
  kind: RecipientKind,
  name: text(200, 'Nhập họ tên hoặc tên tập thể.'),
  gender: Gender.nullable(),
  birthYear: z.number().int().nullable(),
  position: text(200),
  unitId: uuid('Đơn vị').nullable(),
  /** The unit as printed; taken from the unit when empty and unitId is set. */
  unitName: text(300),
  achievement: text(2000, undefined, true),
  /**
   * Why an administrator gives a second Kỷ niệm chương to the same person (the law gives it once);
   * kept with the recipient. Only an administrator may set or change it (recipients.api.ts).
   */
  medalOverrideReason: boundedText('Lý do tặng lại Kỷ niệm chương', 1000, { multiline: true }).nullable(),
};

/** Recipient — tập thể hoặc cá nhân được khen thưởng. Rules per kind live in commendation.rules.ts. */
export const RecipientInput = z.object({
  ...recipientFields,
  gender: recipientFields.gender.default(null),
  birthYear: recipientFields.birthYear.default(null),
  position: recipientFields.position.default(''),
  unitId: recipientFields.unitId.default(null),
  unitName: recipientFields.unitName.default(''),
  achievement: recipientFields.achievement.default(''),
  medalOverrideReason: recipientFields.medalOverrideReason.default(null),
});
/** An edit of some fields (a grid saves one cell at a time); the rest keep their saved values. */
export const RecipientPatch = z.object(recipientFields).partial();
export type RecipientInput = z.output<typeof RecipientInput>;

export const Recipient = RecipientInput.extend({
  id: z.string(),
  decisionId: z.string(),
  seq: z.number().int(),
  registryNumber: z.number().int().nullable(),
  printedOn: z.string().nullable(),
  version: recordVersion,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Recipient = z.output<typeof Recipient>;

/** A warning shown while entering: it does not block saving. */
export const RecipientWarning = z.object({
  code: z.enum(['SAME_FORM_SAME_YEAR', 'COMMEMORATIVE_MEDAL_ONCE']),
  message: z.string(),
  recipientId: z.string(),
});
export type RecipientWarning = z.output<typeof RecipientWarning>;

/** One earlier commendation of the same person or collective. */
export const HistoryEntry = z.object({
  recipientId: z.string(),
  decisionId: z.string(),
  decisionNumber: z.string(),
  signedOn: z.string(),
  year: z.number().int(),
  awardFormId: z.string(),
  awardFormName: z.string(),
  awardFormCode: z.string().nullable(),
  authorityName: z.string(),
  name: z.string(),
  birthYear: z.number().int().nullable(),
  unitName: z.string(),
  achievement: z.string(),
});
export type HistoryEntry = z.output<typeof HistoryEntry>;

/** "125/QĐ-CAT" from number and symbol. */
export function decisionLabel(d: { number: string; symbol: string }): string {
  return d.symbol ? `${d.number}/${d.symbol}` : d.number;
}

import { z } from 'zod';
import { isoDate, optionalText, recordId, year } from '../../core/records/record-fields';

/** Assessment result (kết quả đánh giá): chưa đánh giá, đạt, chưa đạt. */
export const ASSESSMENTS = ['pending', 'passed', 'failed'] as const;
export const Assessment = z.enum(ASSESSMENTS, { error: 'Kết quả đánh giá phải là Đạt, Chưa đạt hoặc Chưa đánh giá.' });
export type Assessment = z.output<typeof Assessment>;

/** Unit kinds that register for "An toàn về ANTT" (TT 124/2021): khu dân cư, xã/phường, cơ quan/doanh nghiệp/trường. */
export const REGISTRABLE_KINDS = ['residential_area', 'commune', 'organisation'] as const;
export type RegistrableKind = (typeof REGISTRABLE_KINDS)[number];

/** Optional text kept as null when blank, so "no decision yet" is one value. */
const blankAsNull = (label: string, max: number) =>
  optionalText(label, max)
    .transform((s) => (s === '' ? null : s))
    .nullable();

const fields = {
  year: year('Năm đăng ký'),
  unitId: recordId('Đơn vị'),
  registeredOn: isoDate('Ngày đăng ký'),
  assessment: Assessment,
  /** Points of the score sheet (QĐ 510/QĐ-BCA-V05), when scored. */
  points: z.number({ error: 'Số điểm phải là một số.' }).min(0, 'Số điểm không được âm.').max(1000, 'Số điểm quá lớn.').nullable(),
  /** Recognition decision (quyết định công nhận): number, date, and the People's Committee that issued it. */
  decisionNumber: blankAsNull('Số quyết định công nhận', 60),
  decisionDate: isoDate('Ngày quyết định công nhận').nullable(),
  recognisedBy: blankAsNull('Cơ quan công nhận', 200),
  note: optionalText('Ghi chú', 2000),
};

/** `registrations.create`; the id is optional (undo of a delete restores the same record). */
export const RegistrationCreateInput = z.object({
  ...fields,
  id: recordId('Mã bản ghi').optional(),
  assessment: fields.assessment.default('pending'),
  points: fields.points.default(null),
  decisionNumber: fields.decisionNumber.default(null),
  decisionDate: fields.decisionDate.default(null),
  recognisedBy: fields.recognisedBy.default(null),
  note: fields.note.default(''),
});
export type RegistrationCreateInput = z.output<typeof RegistrationCreateInput>;

/** What a registration row holds. */
export type RegistrationFields = Omit<RegistrationCreateInput, 'id'>;

/** `registrations.update`: a patch; absent fields keep their value. */
export const RegistrationUpdateInput = z.object(fields).partial().extend({ id: recordId('Mã bản ghi') });
export type RegistrationUpdateInput = z.output<typeof RegistrationUpdateInput>;

/** A safety registration (SafetyRegistration: đăng ký / công nhận "An toàn về ANTT") as the API returns it. */
export const Registration = z.object({
  id: z.string(),
  year: z.number().int(),
  unitId: z.string(),
  unitName: z.string(),
  unitCode: z.string().nullable(),
  unitKind: z.string(),
  registeredOn: z.string(),
  assessment: Assessment,
  points: z.number().nullable(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  recognisedBy: z.string().nullable(),
  /** Assessed đạt and a recognition decision recorded: what "recognised / registered" counts. */
  recognised: z.boolean(),
  /** The unit kind's evaluation period for this year (kỳ đánh giá), for the form to show. */
  evaluationFrom: z.string(),
  evaluationTo: z.string(),
  note: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Registration = z.output<typeof Registration>;

/** Filters of `registrations.list` (text values from the grid). */
export const RegistrationFilters = z
  .object({
    unitId: recordId('Đơn vị'),
    year: z.coerce.number({ error: 'Năm không hợp lệ.' }).int('Năm không hợp lệ.').min(1990, 'Năm không hợp lệ.').max(2199, 'Năm không hợp lệ.'),
    assessment: Assessment,
    recognised: z.enum(['true', 'false'], { error: 'Lọc "đã công nhận" phải là true hoặc false.' }),
    unitKind: z.enum(REGISTRABLE_KINDS, { error: 'Loại đơn vị không hợp lệ.' }),
  })
  .partial()
  .strict();
export type RegistrationFilters = z.output<typeof RegistrationFilters>;

export const REGISTRATION_SORT_COLUMNS = [
  'year',
  'unitName',
  'registeredOn',
  'assessment',
  'points',
  'decisionNumber',
  'decisionDate',
  'recognisedBy',
  'note',
  'updatedAt',
] as const;

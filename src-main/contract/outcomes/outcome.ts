import { z } from 'zod';
import { count, month, optionalText, recordId } from '../../core/records/record-fields';

/** The counts of an outcome (kết quả) row, no defaults. */
const counts = {
  /** Tin báo, tố giác nhận được từ quần chúng. */
  tipsReceived: count('Số tin báo nhận được'),
  /** Tin có giá trị (cannot exceed tipsReceived). */
  valuableTips: count('Số tin có giá trị'),
  /** Vụ việc điều tra, khám phá nhờ tin báo. */
  casesSolved: count('Số vụ khám phá nhờ tin báo'),
  /** Đối tượng bị bắt giữ. */
  suspectsArrested: count('Số đối tượng bị bắt'),
  /** Vũ khí, vật liệu nổ, công cụ hỗ trợ do nhân dân giao nộp (pieces). */
  weaponsHandedIn: count('Số vũ khí, vật liệu nổ giao nộp'),
};
const key = { unitId: recordId('Đơn vị'), period: month('Tháng') };
const extra = { modelId: recordId('Mô hình').nullable(), note: optionalText('Ghi chú', 2000) };
const OutcomeRow = z.object({ ...key, ...counts, ...extra });
/** What an outcome row holds. */
export type OutcomeFields = z.output<typeof OutcomeRow>;

/**
 * `outcomes.save`: the unit and month, and any fields. When the unit already has a row for that month
 * it is edited (absent fields keep their value); otherwise a row is made (absent counts are 0).
 */
export const OutcomeSaveInput = OutcomeRow.partial({
  tipsReceived: true,
  valuableTips: true,
  casesSolved: true,
  suspectsArrested: true,
  weaponsHandedIn: true,
  modelId: true,
  note: true,
});
export type OutcomeSaveInput = z.output<typeof OutcomeSaveInput>;

/** `outcomes.update`: a patch of one row by id; moving it onto a unit and month that has a row is refused. */
export const OutcomeUpdateInput = OutcomeRow.partial().extend({ id: recordId('Mã bản ghi') });
export type OutcomeUpdateInput = z.output<typeof OutcomeUpdateInput>;


/** A new row's values for fields the clerk left out. */
export const EMPTY_OUTCOME = { tipsReceived: 0, valuableTips: 0, casesSolved: 0, suspectsArrested: 0, weaponsHandedIn: 0, modelId: null, note: '' } as const;

/** An outcome (kết quả) of a unit in a month, as the API returns it. */
export const Outcome = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  unitCode: z.string().nullable(),
  period: z.string(),
  tipsReceived: z.number().int(),
  valuableTips: z.number().int(),
  casesSolved: z.number().int(),
  suspectsArrested: z.number().int(),
  weaponsHandedIn: z.number().int(),
  modelId: z.string().nullable(),
  modelName: z.string().nullable(),
  note: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Outcome = z.output<typeof Outcome>;

/** `outcomes.save` answers whether it edited an existing row (true) or made a new one. */
export const OutcomeSaveOutput = z.object({ outcome: Outcome, updated: z.boolean() });

/** Filters of `outcomes.list` (text values from the grid). */
export const OutcomeFilters = z
  .object({
    unitId: recordId('Đơn vị'),
    period: month('Tháng'),
    from: month('Từ tháng'),
    to: month('Đến tháng'),
    year: z.coerce.number({ error: 'Năm không hợp lệ.' }).int('Năm không hợp lệ.').min(1945, 'Năm không hợp lệ.').max(2199, 'Năm không hợp lệ.'),
    modelId: recordId('Mô hình'),
    note: z.string(),
  })
  .partial()
  .strict();
export type OutcomeFilters = z.output<typeof OutcomeFilters>;

export const OUTCOME_SORT_COLUMNS = [
  'period',
  'unitName',
  'tipsReceived',
  'valuableTips',
  'casesSolved',
  'suspectsArrested',
  'weaponsHandedIn',
  'modelName',
  'note',
  'updatedAt',
] as const;

import { z } from 'zod';
import { defineKind, type RecordFields, type RecordOut } from '../records/define-kind';
import { count, modelNameDerived, modelRefField, month, noteField, recordId, UNIT_ALIASES } from '../records/record-fields';
import { originDerived, OriginFilter } from '../records/record-origin';

const year = z.coerce
  .number({ error: 'Năm không hợp lệ.' })
  .int('Năm không hợp lệ.')
  .min(1945, 'Năm không hợp lệ.')
  .max(2199, 'Năm không hợp lệ.');
const aCount = (column: string, label: string, message: string) =>
  ({ column, label, schema: count(message), cell: 'number', default: 0, sort: 'value', aliases: [message] }) as const;

/**
 * An outcome (Outcome: kết quả) of a unit in a month: tips, cases solved, arrests, weapons. One row per
 * unit and month; a new row goes through `outcomes.save` (outcomes.contract.ts), so there is no create.
 * Searched with LIKE over the folded note: about 18,000 rows a year.
 */
export const outcomeKind = defineKind({
  name: 'outcomes',
  noun: 'dòng kết quả',
  idLabel: 'Mã dòng kết quả',
  table: 'outcomes',
  alias: 'o',
  unit: { field: 'unitId', sortThen: 'period' },
  owner: { by: 'unit' },
  fields: {
    unitId: { column: 'unit_id', label: 'Đơn vị', schema: recordId('Đơn vị'), cell: 'unit', aliases: UNIT_ALIASES },
    period: {
      column: 'period',
      label: 'Tháng',
      schema: month('Tháng'),
      cell: 'month',
      sort: 'value',
      aliases: ['Tháng báo cáo', 'Kỳ báo cáo'],
    },
    /** Tin báo, tố giác nhận được từ quần chúng. */
    tipsReceived: aCount('tips_received', 'Tin báo nhận được', 'Số tin báo nhận được'),
    /** Tin có giá trị (cannot exceed tipsReceived). */
    valuableTips: aCount('valuable_tips', 'Tin có giá trị', 'Số tin có giá trị'),
    /** Vụ việc điều tra, khám phá nhờ tin báo. */
    casesSolved: aCount('cases_solved', 'Vụ khám phá', 'Số vụ khám phá nhờ tin báo'),
    /** Đối tượng bị bắt giữ. */
    suspectsArrested: aCount('suspects_arrested', 'Đối tượng bị bắt', 'Số đối tượng bị bắt'),
    /** Vũ khí, vật liệu nổ, công cụ hỗ trợ do nhân dân giao nộp (pieces). */
    weaponsHandedIn: aCount('weapons_handed_in', 'Vũ khí giao nộp', 'Số vũ khí, vật liệu nổ giao nộp'),
    modelId: modelRefField('Mô hình (nếu có)'),
    note: noteField(),
  },
  joins: 'LEFT JOIN security_models m ON m.id = o.model_id',
  derived: {
    /** The office the record belongs to (records of another office are read-only here). */
    ...originDerived('o'),
    modelName: modelNameDerived('o'),
  },
  filters: {
    /** Own records, other offices' records, or one office's (issue 13 item 4). */
    origin: { op: 'origin', schema: OriginFilter },
    unitId: { op: 'subtree', schema: recordId('Đơn vị') },
    period: { op: 'eq', field: 'period', schema: month('Tháng') },
    from: { op: 'from', field: 'period', schema: month('Từ tháng') },
    to: { op: 'to', field: 'period', schema: month('Đến tháng') },
    year: { op: 'year', field: 'period', schema: year },
    modelId: { op: 'eq', field: 'modelId', schema: recordId('Mô hình') },
    note: { op: 'text', field: 'note', schema: z.string() },
  },
  search: { index: 'like', column: 'note_search' },
  /** Newest month first, units in Vietnamese order within it. */
  defaultSort: [
    { column: 'period', dir: 'desc' },
    { column: 'unitName', dir: 'asc' },
  ],
  methods: {
    list: 'Danh sách kết quả theo đơn vị và tháng (phân trang, sắp xếp, lọc, tìm không dấu).',
    get: 'Một dòng kết quả.',
    update: 'Sửa dòng kết quả.',
    delete: 'Xoá dòng kết quả.',
  },
});

/** What an outcome row holds. */
export type OutcomeFields = RecordFields<typeof outcomeKind>;
/** An outcome of a unit in a month, as the API returns it. */
export type Outcome = RecordOut<typeof outcomeKind>;

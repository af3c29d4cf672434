import { z } from 'zod';
import { defineKind, type RecordFields, type RecordOut } from '../records/define-kind';
import { isoDate, noteField, optionalText, recordId, UNIT_ALIASES, year } from '../records/record-fields';
import { originDerived, OriginFilter } from '../records/record-origin';

/** Assessment result (kết quả đánh giá) and its Vietnamese title: chưa đánh giá, đạt, chưa đạt. */
export const ASSESSMENT_TITLES = { pending: 'Chưa đánh giá', passed: 'Đạt', failed: 'Chưa đạt' } as const;
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

const filterYear = z.coerce
  .number({ error: 'Năm không hợp lệ.' })
  .int('Năm không hợp lệ.')
  .min(1990, 'Năm không hợp lệ.')
  .max(2199, 'Năm không hợp lệ.');

/**
 * Recognised (đã công nhận): assessed đạt with a decision recorded. Defined once, here: the list filter,
 * the output field and registrationCounts all read this expression.
 */
export const RECOGNISED_SQL = "(r.assessment = 'passed' AND (r.decision_number IS NOT NULL OR r.decision_date IS NOT NULL))";

/**
 * A safety registration (SafetyRegistration: đăng ký / công nhận "An toàn về ANTT", TT 124/2021/TT-BCA),
 * one per unit and year. Searched with LIKE over folded text: a province registers a few thousand units a year.
 */
export const registrationKind = defineKind({
  name: 'registrations',
  noun: 'bản đăng ký',
  idLabel: 'Mã bản đăng ký',
  table: 'safety_registrations',
  alias: 'r',
  unit: { field: 'unitId', sortThen: 'year' },
  owner: { by: 'unit' },
  fields: {
    year: { column: 'year', label: 'Năm', schema: year('Năm đăng ký'), cell: 'year', sort: 'value', aliases: ['Năm đăng ký'] },
    unitId: { column: 'unit_id', label: 'Đơn vị', schema: recordId('Đơn vị'), cell: 'unit', aliases: UNIT_ALIASES },
    registeredOn: { column: 'registered_on', label: 'Ngày đăng ký', schema: isoDate('Ngày đăng ký'), cell: 'date', sort: 'value' },
    assessment: {
      column: 'assessment',
      label: 'Kết quả',
      schema: Assessment,
      cell: 'choice',
      default: 'pending',
      sort: 'value',
      choices: ASSESSMENT_TITLES,
      aliases: ['Kết quả đánh giá', 'Đánh giá'],
    },
    /** Points of the score sheet (QĐ 510/QĐ-BCA-V05), when scored. */
    points: {
      column: 'points',
      label: 'Điểm',
      schema: z.number({ error: 'Số điểm phải là một số.' }).min(0, 'Số điểm không được âm.').max(1000, 'Số điểm quá lớn.').nullable(),
      cell: 'number',
      default: null,
      sort: 'value',
      out: z.number().nullable(),
    },
    /** Recognition decision (quyết định công nhận): number, date, and the People's Committee that issued it. */
    decisionNumber: {
      column: 'decision_number',
      label: 'Số QĐ công nhận',
      aliases: ['Số quyết định', 'Số quyết định công nhận', 'Số QĐ'],
      schema: blankAsNull('Số quyết định công nhận', 60),
      cell: 'text',
      default: null,
      sort: 'vi',
      search: true,
    },
    decisionDate: {
      column: 'decision_date',
      label: 'Ngày QĐ',
      aliases: ['Ngày quyết định', 'Ngày quyết định công nhận'],
      schema: isoDate('Ngày quyết định công nhận').nullable(),
      cell: 'date',
      default: null,
      sort: 'value',
    },
    recognisedBy: {
      column: 'recognised_by',
      label: 'Cơ quan công nhận',
      schema: blankAsNull('Cơ quan công nhận', 200),
      cell: 'text',
      default: null,
      sort: 'vi',
      search: true,
    },
    note: noteField(),
  },
  derived: {
    /** The office the record belongs to (records of another office are read-only here). */
    ...originDerived('r'),
    unitKind: { sql: 'u.kind', out: z.string() },
    /** Assessed đạt and a recognition decision recorded: what "recognised / registered" counts. */
    recognised: { sql: RECOGNISED_SQL, out: z.boolean() },
  },
  computed: {
    /** The unit kind's evaluation period for this year (kỳ đánh giá), for the form to show. */
    evaluationFrom: z.string(),
    evaluationTo: z.string(),
  },
  filters: {
    /** Own records, other offices' records, or one office's (issue 13 item 4). */
    origin: { op: 'origin', schema: OriginFilter },
    unitId: { op: 'subtree', schema: recordId('Đơn vị') },
    year: { op: 'year', field: 'year', schema: filterYear },
    assessment: { op: 'eq', field: 'assessment', schema: Assessment },
    recognised: {
      op: 'flag',
      derived: 'recognised',
      schema: z.enum(['true', 'false'], { error: 'Lọc "đã công nhận" phải là true hoặc false.' }),
    },
    unitKind: { op: 'unitKind', schema: z.enum(REGISTRABLE_KINDS, { error: 'Loại đơn vị không hợp lệ.' }) },
  },
  search: { index: 'like', column: 'search_text' },
  /** Newest year first, units in Vietnamese order within it. */
  defaultSort: [
    { column: 'year', dir: 'desc' },
    { column: 'unitName', dir: 'asc' },
  ],
  methods: {
    list: 'Danh sách đăng ký "An toàn về ANTT" (phân trang, sắp xếp, lọc, tìm không dấu).',
    get: 'Một bản đăng ký "An toàn về ANTT".',
    create: 'Thêm đăng ký "An toàn về ANTT" của đơn vị trong năm.',
    update: 'Sửa đăng ký "An toàn về ANTT" (kết quả đánh giá, quyết định công nhận…).',
    delete: 'Xoá đăng ký "An toàn về ANTT".',
  },
});

/** What a registration row holds. */
export type RegistrationFields = RecordFields<typeof registrationKind>;
/** A safety registration as the API returns it. */
export type Registration = RecordOut<typeof registrationKind>;

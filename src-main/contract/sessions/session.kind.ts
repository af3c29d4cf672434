import { z } from 'zod';
import { defineKind, type RecordFields, type RecordOut } from '../records/define-kind';
import {
  count,
  isoDate,
  modelNameDerived,
  modelRefField,
  noteField,
  optionalText,
  recordId,
  requiredText,
  UNIT_ALIASES,
} from '../records/record-fields';
import { originDerived, OriginFilter } from '../records/record-origin';

const year = z.coerce
  .number({ error: 'Năm không hợp lệ.' })
  .int('Năm không hợp lệ.')
  .min(1945, 'Năm không hợp lệ.')
  .max(2199, 'Năm không hợp lệ.');

/**
 * A propaganda session (PropagandaSession: buổi tuyên truyền / nói chuyện chuyên đề / hội nghị ký
 * cam kết). Searched through an FTS4 index (a province records about a million over the years).
 */
export const sessionKind = defineKind({
  name: 'sessions',
  noun: 'buổi tuyên truyền',
  idLabel: 'Mã buổi tuyên truyền',
  table: 'propaganda_sessions',
  alias: 's',
  unit: { field: 'unitId', sortThen: 'heldOn' },
  owner: { by: 'unit' },
  fields: {
    heldOn: {
      column: 'held_on',
      label: 'Ngày',
      schema: isoDate('Ngày tổ chức'),
      cell: 'date',
      sort: 'value',
      aliases: ['Ngày tổ chức', 'Ngày tuyên truyền', 'Thời gian'],
    },
    unitId: { column: 'unit_id', label: 'Đơn vị', schema: recordId('Đơn vị'), cell: 'unit', aliases: UNIT_ALIASES },
    /** Catalogue 'venue_kind': cơ quan, doanh nghiệp, trường học, khu dân cư… */
    venueKindId: {
      column: 'venue_kind_id',
      label: 'Loại địa điểm',
      schema: recordId('Loại địa điểm'),
      cell: 'catalogue',
      shownAs: 'venueKindName',
      refers: 'venue_kind',
      aliases: ['Địa điểm', 'Nơi tổ chức'],
    },
    /** Catalogue 'session_form': hội nghị, nói chuyện chuyên đề, ký cam kết… */
    formId: {
      column: 'form_id',
      label: 'Hình thức',
      schema: recordId('Hình thức tuyên truyền'),
      cell: 'catalogue',
      shownAs: 'formName',
      refers: 'session_form',
      aliases: ['Hình thức tuyên truyền'],
    },
    topic: {
      column: 'topic',
      label: 'Nội dung, chủ đề',
      schema: requiredText('Nội dung, chủ đề', 500, 'Nhập nội dung, chủ đề buổi tuyên truyền.'),
      cell: 'text',
      sort: 'key',
      search: true,
      aliases: ['Nội dung', 'Chủ đề', 'Nội dung tuyên truyền'],
    },
    presenter: {
      column: 'presenter',
      label: 'Báo cáo viên',
      schema: optionalText('Báo cáo viên', 200),
      cell: 'text',
      default: '',
      sort: 'key',
      search: true,
      aliases: ['Người báo cáo', 'Người trình bày'],
    },
    attendees: {
      column: 'attendees',
      label: 'Số người dự',
      schema: count('Số người dự'),
      cell: 'number',
      default: 0,
      sort: 'value',
      aliases: ['Số người tham dự', 'Số người', 'Người dự'],
    },
    householdsCommitted: {
      column: 'households_committed',
      label: 'Hộ ký cam kết',
      schema: count('Số hộ ký cam kết'),
      cell: 'number',
      default: 0,
      sort: 'value',
      aliases: ['Số hộ ký cam kết', 'Hộ cam kết'],
    },
    materialsDistributed: {
      column: 'materials_distributed',
      label: 'Tài liệu phát',
      schema: count('Số tài liệu phát ra'),
      cell: 'number',
      default: 0,
      sort: 'value',
      aliases: ['Số tài liệu', 'Tài liệu'],
    },
    /** The security model (mô hình) that organised it, if any. */
    modelId: modelRefField('Mô hình tổ chức'),
    note: noteField(),
  },
  joins: `JOIN catalogue_entries v ON v.id = s.venue_kind_id
  JOIN catalogue_entries f ON f.id = s.form_id
  LEFT JOIN security_models m ON m.id = s.model_id`,
  // Names reached through another table have no stored key here: vi_sort (db/engine.ts) orders them at
  // query time, which a filtered list does quickly and a whole million-row list slowly.
  derived: {
    /** The office the record belongs to (records of another office are read-only here). */
    ...originDerived('s'),
    venueKindName: { sql: 'v.name', out: z.string(), sort: ['vi_sort((SELECT name FROM catalogue_entries WHERE id = s.venue_kind_id))'] },
    formName: { sql: 'f.name', out: z.string(), sort: ['vi_sort((SELECT name FROM catalogue_entries WHERE id = s.form_id))'] },
    modelName: modelNameDerived('s'),
  },
  filters: {
    /** Own records, other offices' records, or one office's (issue 13 item 4). */
    origin: { op: 'origin', schema: OriginFilter },
    /** The unit and everything under it. */
    unitId: { op: 'subtree', schema: recordId('Đơn vị') },
    from: { op: 'from', field: 'heldOn', schema: isoDate('Từ ngày') },
    to: { op: 'to', field: 'heldOn', schema: isoDate('Đến ngày') },
    year: { op: 'year', field: 'heldOn', schema: year },
    formId: { op: 'eq', field: 'formId', schema: recordId('Hình thức tuyên truyền') },
    venueKindId: { op: 'eq', field: 'venueKindId', schema: recordId('Loại địa điểm') },
    modelId: { op: 'eq', field: 'modelId', schema: recordId('Mô hình') },
    topic: { op: 'text', field: 'topic', schema: z.string() },
    presenter: { op: 'text', field: 'presenter', schema: z.string() },
    note: { op: 'text', field: 'note', schema: z.string() },
  },
  search: { index: 'fts', table: 'propaganda_sessions_fts', rowCount: 'propaganda_sessions_count' },
  defaultSort: [{ column: 'heldOn', dir: 'desc' }],
  methods: {
    list: 'Danh sách buổi tuyên truyền (phân trang, sắp xếp, lọc, tìm không dấu).',
    get: 'Một buổi tuyên truyền.',
    create: 'Thêm buổi tuyên truyền.',
    update: 'Sửa buổi tuyên truyền.',
    delete: 'Xoá buổi tuyên truyền.',
  },
});

/** What a session row holds, after defaults. */
export type SessionFields = RecordFields<typeof sessionKind>;
/** A propaganda session as the API returns it, with the names the grid shows. */
export type Session = RecordOut<typeof sessionKind>;

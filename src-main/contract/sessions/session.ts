import { z } from 'zod';
import { count, isoDate, optionalText, recordId, requiredText } from '../../core/records/record-fields';

/** The fields of a propaganda session (buổi tuyên truyền / nói chuyện chuyên đề / hội nghị ký cam kết), no defaults. */
const fields = {
  heldOn: isoDate('Ngày tổ chức'),
  unitId: recordId('Đơn vị'),
  /** Catalogue 'venue_kind': cơ quan, doanh nghiệp, trường học, khu dân cư… */
  venueKindId: recordId('Loại địa điểm'),
  /** Catalogue 'session_form': hội nghị, nói chuyện chuyên đề, ký cam kết… */
  formId: recordId('Hình thức tuyên truyền'),
  topic: requiredText('Nội dung, chủ đề', 500, 'Nhập nội dung, chủ đề buổi tuyên truyền.'),
  presenter: optionalText('Báo cáo viên', 200),
  attendees: count('Số người dự'),
  householdsCommitted: count('Số hộ ký cam kết'),
  materialsDistributed: count('Số tài liệu phát ra'),
  /** The security model (mô hình) that organised it, if any. */
  modelId: recordId('Mô hình').nullable(),
  note: optionalText('Ghi chú', 2000),
};

/** `sessions.create`; the id is optional (the grid's undo of a delete restores the same record). */
export const SessionCreateInput = z.object({
  ...fields,
  id: recordId('Mã bản ghi').optional(),
  presenter: fields.presenter.default(''),
  attendees: fields.attendees.default(0),
  householdsCommitted: fields.householdsCommitted.default(0),
  materialsDistributed: fields.materialsDistributed.default(0),
  modelId: fields.modelId.default(null),
  note: fields.note.default(''),
});
export type SessionCreateInput = z.output<typeof SessionCreateInput>;

/** What a session row holds, after defaults. */
export type SessionFields = Omit<SessionCreateInput, 'id'>;

/** `sessions.update`: a patch; absent fields keep their value (one grid cell edits one field). */
export const SessionUpdateInput = z.object(fields).partial().extend({ id: recordId('Mã bản ghi') });
export type SessionUpdateInput = z.output<typeof SessionUpdateInput>;

/** A propaganda session as the API returns it (PropagandaSession), with the names the grid shows. */
export const Session = z.object({
  id: z.string(),
  heldOn: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  unitCode: z.string().nullable(),
  venueKindId: z.string(),
  venueKindName: z.string(),
  formId: z.string(),
  formName: z.string(),
  topic: z.string(),
  presenter: z.string(),
  attendees: z.number().int(),
  householdsCommitted: z.number().int(),
  materialsDistributed: z.number().int(),
  modelId: z.string().nullable(),
  modelName: z.string().nullable(),
  note: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Session = z.output<typeof Session>;

/** Filters of `sessions.list` (ListQuery.filters; values arrive as text from the grid). */
export const SessionFilters = z
  .object({
    /** The unit and everything under it. */
    unitId: recordId('Đơn vị'),
    from: isoDate('Từ ngày'),
    to: isoDate('Đến ngày'),
    year: z.coerce.number({ error: 'Năm không hợp lệ.' }).int('Năm không hợp lệ.').min(1945, 'Năm không hợp lệ.').max(2199, 'Năm không hợp lệ.'),
    formId: recordId('Hình thức tuyên truyền'),
    venueKindId: recordId('Loại địa điểm'),
    modelId: recordId('Mô hình'),
    topic: z.string(),
    presenter: z.string(),
    note: z.string(),
  })
  .partial()
  .strict();
export type SessionFilters = z.output<typeof SessionFilters>;

/** Columns `sessions.list` sorts by. */
export const SESSION_SORT_COLUMNS = [
  'heldOn',
  'unitName',
  'venueKindName',
  'formName',
  'topic',
  'presenter',
  'attendees',
  'householdsCommitted',
  'materialsDistributed',
  'modelName',
  'note',
  'updatedAt',
] as const;

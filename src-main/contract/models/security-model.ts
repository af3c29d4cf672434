import { z } from 'zod';
import { isoDateSchema } from '../../shared/iso-date.schema';
import { recordVersion } from '../records/record-version';
import { requiredText, uuid } from '../../shared/input.schema';
import { optionalText } from '../units/unit';
import { originOfficeOut } from '../records/record-origin';

/** Status of a model (trạng thái): đang hoạt động / tạm ngừng / giải thể. */
export const MODEL_STATUSES = ['active', 'suspended', 'dissolved'] as const;
export const ModelStatus = z.enum(MODEL_STATUSES, { error: 'Trạng thái phải là đang hoạt động, tạm ngừng hoặc giải thể.' });
export type ModelStatus = z.output<typeof ModelStatus>;

export const MODEL_STATUS_LABELS: Record<ModelStatus, string> = {
  active: 'Đang hoạt động',
  suspended: 'Tạm ngừng',
  dissolved: 'Giải thể',
};

const count = (label: string) =>
  z
    .number({ error: `${label} phải là số nguyên không âm.` })
    .int(`${label} phải là số nguyên không âm.`)
    .min(0, `${label} không được âm.`)
    .max(10_000_000, `${label} quá lớn.`)
    .nullable()
    .optional();

/** What a clerk enters for a security model (mô hình an ninh trật tự). */
export const SecurityModelFields = z.object({
  typeId: uuid('Loại mô hình', 'Chọn loại mô hình.'),
  name: requiredText('Tên mô hình', 300, 'Nhập tên mô hình.'),
  unitId: uuid('Địa bàn', 'Chọn địa bàn (xã, khu dân cư hoặc cơ quan).'),
  hostOrganisationId: uuid('Đơn vị chủ trì').nullable().optional(),
  foundedOn: isoDateSchema('Ngày thành lập'),
  sites: count('Số điểm'),
  teams: count('Số tổ'),
  members: count('Số thành viên'),
  households: count('Số hộ tham gia'),
  leader: optionalText('Người phụ trách', 200),
  note: optionalText('Ghi chú', 2000, { multiline: true }),
});
export type SecurityModelFields = z.output<typeof SecurityModelFields>;

/** A security model as the API returns it, with the names of its type, unit and host. */
export const SecurityModel = z.object({
  id: z.uuid(),
  typeId: z.uuid(),
  typeName: z.string(),
  name: z.string(),
  unitId: z.uuid(),
  unitName: z.string(),
  hostOrganisationId: z.uuid().nullable(),
  hostOrganisationName: z.string().nullable(),
  foundedOn: z.string(),
  status: ModelStatus,
  statusOn: z.string(),
  sites: z.number().int().nullable(),
  teams: z.number().int().nullable(),
  members: z.number().int().nullable(),
  households: z.number().int().nullable(),
  leader: z.string().nullable(),
  note: z.string().nullable(),
  /** The office the model belongs to (a model of another office is read-only here). */
  originOfficeId: originOfficeOut,
  /** The name of that office, as the grids show it. */
  originOfficeName: z.string().nullable(),
  /** True for a model another office's package brought: read-only here. */
  fromOtherOffice: z.boolean(),
  version: recordVersion,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SecurityModel = z.output<typeof SecurityModel>;

/** One entry of a model's status history. */
export const ModelStatusEvent = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  status: ModelStatus,
  effectiveOn: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type ModelStatusEvent = z.output<typeof ModelStatusEvent>;

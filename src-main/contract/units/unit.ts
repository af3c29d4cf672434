import { z } from 'zod';
import { isoDateSchema } from '../../shared/iso-date.schema';
import { recordVersion } from '../records/record-version';

/** Kinds of unit (cấp đơn vị): tỉnh › huyện (historical) › xã › khu dân cư; cơ quan/doanh nghiệp/trường. */
export const UNIT_KINDS = ['province', 'district', 'commune', 'residential_area', 'organisation'] as const;
export const UnitKind = z.enum(UNIT_KINDS, { error: 'Cấp đơn vị không hợp lệ (tỉnh, huyện, xã, khu dân cư hoặc cơ quan/tổ chức).' });
export type UnitKind = z.output<typeof UnitKind>;

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  province: 'Tỉnh/thành phố',
  district: 'Huyện/quận/thị xã',
  commune: 'Xã/phường/đặc khu',
  residential_area: 'Khu dân cư',
  organisation: 'Cơ quan, doanh nghiệp, trường học',
};

/** Unit (đơn vị, địa bàn) as the API returns it. */
export const Unit = z.object({
  id: z.uuid(),
  code: z.string().nullable(),
  name: z.string(),
  kind: UnitKind,
  subkind: z.string().nullable(),
  parentId: z.uuid().nullable(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  successorId: z.uuid().nullable(),
  note: z.string().nullable(),
  version: recordVersion,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Unit = z.output<typeof Unit>;

/** One ancestor in a unit's path, root first: what the picker shows as "Tỉnh › Xã › Thôn". */
export const UnitPathItem = z.object({ id: z.uuid(), name: z.string(), kind: UnitKind });
export type UnitPathItem = z.output<typeof UnitPathItem>;

/** A unit with its ancestors (root first, the unit itself excluded) and whether it has children. */
export const UnitNode = Unit.extend({ path: z.array(UnitPathItem), hasChildren: z.boolean() });
export type UnitNode = z.output<typeof UnitNode>;

/** Optional free text, trimmed; blank is stored as null. Shared by units and security models. */
export const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} phải là chữ.` })
    .trim()
    .max(max, `${label} dài quá ${max} ký tự.`)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

/** Fields a clerk enters for a unit. */
export const UnitFields = z.object({
  code: optionalText('Mã đơn vị', 40),
  name: z.string({ error: 'Nhập tên đơn vị.' }).trim().min(1, 'Nhập tên đơn vị.').max(200, 'Tên đơn vị dài quá 200 ký tự.'),
  kind: UnitKind,
  subkind: optionalText('Loại cụ thể', 60),
  parentId: z.uuid({ error: 'Đơn vị cấp trên không hợp lệ.' }).nullable().optional(),
  validFrom: isoDateSchema('Ngày bắt đầu hiệu lực').nullable().optional(),
  validUntil: isoDateSchema('Ngày hết hiệu lực').nullable().optional(),
  note: optionalText('Ghi chú', 1000),
});
export type UnitFields = z.output<typeof UnitFields>;

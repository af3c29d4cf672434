import { z } from 'zod';
import { isoDateSchema } from '../../shared/iso-date.schema';
import { recordVersion } from '../records/record-version';
import { requiredText, text, uuid } from '../../shared/input.schema';

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
export const optionalText = (label: string, max: number, opts: { multiline?: boolean } = {}) =>
  text(label, max, opts)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

/** Fields a clerk enters for a unit. */
export const UnitFields = z.object({
  code: optionalText('Mã đơn vị', 40),
  name: requiredText('Tên đơn vị', 200, 'Nhập tên đơn vị.'),
  kind: UnitKind,
  subkind: optionalText('Loại cụ thể', 60),
  parentId: uuid('Đơn vị cấp trên').nullable().optional(),
  validFrom: isoDateSchema('Ngày bắt đầu hiệu lực').nullable().optional(),
  validUntil: isoDateSchema('Ngày hết hiệu lực').nullable().optional(),
  note: optionalText('Ghi chú', 1000, { multiline: true }),
});
export type UnitFields = z.output<typeof UnitFields>;

import { z } from 'zod';
import { isoDateSchema } from '../../shared/iso-date.schema';
import { list, text, uuid } from '../../shared/input.schema';
import { ListQuery, listPage } from '../list-query';
import { defineContract } from '../method-spec';
import { noCallerId } from '../records/record-fields';
import { versionCheck } from '../records/record-version';
import { UNIT_KINDS, Unit, UnitFields, UnitKind, UnitNode, UnitPathItem } from './unit';

const UnitId = uuid('Mã đơn vị');
const AsOf = isoDateSchema('Ngày xem').optional();
const ParentId = uuid('Đơn vị cấp trên');
/** Each kind at most once in practice; the bound keeps a call from binding 100,000 SQL variables. */
const Kinds = list(UnitKind, UNIT_KINDS.length);

/** 20 MB of file, as base64. */
const MAX_BASE64 = 28_000_000;

/** A unit row of the units grid: the unit and its parent's name. */
export const UnitListRow = Unit.extend({ parentName: z.string().nullable() });

/** A unit list file (CSV or XLSX) as base64, for `units.import`. */
export const UnitImportInput = z.object({
  format: z.enum(['csv', 'xlsx'], { error: 'Định dạng tệp phải là CSV hoặc XLSX.' }),
  contentBase64: z
    .string({ error: 'Chưa có nội dung tệp.' })
    .min(1, 'Tệp rỗng.')
    .max(MAX_BASE64, 'Tệp quá lớn (tối đa 20 MB).')
    .regex(/^[A-Za-z0-9+/=\r\n]+$/, 'Nội dung tệp không đúng dạng base64.'),
  /** Check only: every problem is reported the same way, and nothing is saved even when the file is clean. */
  dryRun: z.boolean().optional(),
});

/** The units domain (đơn vị hành chính): the unit tree, its validity in time, merges and the import. */
export const unitsContract = defineContract({
  'units.get': {
    role: 'viewer',
    summary: 'Xem một đơn vị và các cấp trên của nó.',
    input: z.object({ id: UnitId }),
    output: UnitNode,
  },
  'units.create': {
    role: 'clerk',
    summary: 'Thêm đơn vị.',
    input: UnitFields.extend(noCallerId),
    output: UnitNode,
  },
  'units.update': {
    role: 'clerk',
    summary: 'Sửa đơn vị (chỉ các trường gửi lên).',
    input: UnitFields.partial().extend({ id: UnitId, ...versionCheck }),
    output: UnitNode,
  },
  'units.retire': {
    role: 'admin',
    summary: 'Cho đơn vị hết hiệu lực từ sau một ngày (bản ghi cũ vẫn giữ đơn vị này).',
    input: z.object({ id: UnitId, validUntil: isoDateSchema('Ngày hết hiệu lực'), ...versionCheck }),
    output: UnitNode,
  },
  'units.merge': {
    role: 'admin',
    summary: 'Sáp nhập đơn vị vào đơn vị tiếp nhận (hết hiệu lực sau ngày đã chọn).',
    input: z.object({
      id: UnitId,
      successorId: uuid('Đơn vị tiếp nhận', 'Chọn đơn vị tiếp nhận.'),
      validUntil: isoDateSchema('Ngày hết hiệu lực'),
      ...versionCheck,
    }),
    output: UnitNode,
  },
  'units.restore': {
    role: 'admin',
    summary: 'Cho đơn vị có hiệu lực trở lại (bỏ ngày hết hiệu lực và đơn vị tiếp nhận).',
    input: z.object({ id: UnitId, ...versionCheck }),
    output: UnitNode,
  },
  'units.delete': {
    role: 'admin',
    summary: 'Xoá đơn vị chưa được bản ghi nào sử dụng.',
    input: z.object({ id: UnitId, ...versionCheck }),
    output: z.object({ id: z.uuid() }),
  },
  'units.list': {
    role: 'viewer',
    summary: 'Danh sách đơn vị (phân trang, sắp xếp, lọc, tìm không dấu).',
    input: ListQuery.extend({ kind: UnitKind.optional(), parentId: ParentId.nullable().optional(), asOf: AsOf }),
    output: listPage(UnitListRow),
  },
  'units.children': {
    role: 'viewer',
    summary: 'Các đơn vị trực thuộc một đơn vị (hoặc cấp cao nhất) cho cây chọn đơn vị.',
    input: z.object({ parentId: ParentId.nullable().default(null), asOf: AsOf, kinds: Kinds.optional() }),
    output: z.object({ path: z.array(UnitPathItem), rows: z.array(Unit.extend({ hasChildren: z.boolean() })) }),
  },
  'units.search': {
    role: 'viewer',
    summary: 'Tìm đơn vị theo tên hoặc mã (không dấu), kèm đường dẫn cấp trên.',
    input: z.object({
      query: text('Từ khoá', 200),
      kinds: Kinds.optional(),
      asOf: AsOf,
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: z.object({ rows: z.array(UnitNode) }),
  },
  'units.resolveAsOf': {
    role: 'viewer',
    summary: 'Đơn vị mà một đơn vị cũ thuộc về vào một ngày (theo các lần sáp nhập).',
    input: z.object({ id: UnitId, asOf: isoDateSchema('Ngày xem') }),
    output: UnitNode,
  },
  'units.import': {
    role: 'admin',
    summary: 'Nhập danh sách đơn vị từ tệp CSV/XLSX (tất cả hoặc không, báo lỗi từng dòng; dryRun: chỉ kiểm tra).',
    input: UnitImportInput,
    output: z.object({ created: z.number().int(), rows: z.number().int() }),
  },
});

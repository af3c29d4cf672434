import { z } from 'zod';
import { defineContract } from '../method-spec';
import {
  OfficeId,
  OfficeInput,
  OfficeLevelSchema,
  OfficeView,
  RegisterOfficeInput,
  RegisterOfficeResult,
  RegisteredOffice,
} from './office';

/** 45 MB of package, as base64 (the CLI; web mode's own body limit is lower). */
const MAX_PACKAGE_BASE64 = 60_000_000;

const PackageContent = z
  .string({ error: 'Chưa có nội dung gói dữ liệu.' })
  .min(1, 'Gói dữ liệu rỗng.')
  .max(MAX_PACKAGE_BASE64, 'Gói dữ liệu quá lớn (tối đa 45 MB).')
  .regex(/^[A-Za-z0-9+/=\r\n]+$/, 'Nội dung gói không đúng dạng base64.');

/** What a package says about itself; signed by the sender (with a hash of its data). */
export const PackageManifest = z.object({
  format: z.literal('antq-exchange'),
  formatVersion: z.number().int(),
  sender: z.object({ id: z.string(), code: z.string(), name: z.string(), level: OfficeLevelSchema }),
  receiver: z.string(),
  sequence: z.number().int().min(1),
  /** Every record the sender owns (`--all`), not only those changed since its previous package. */
  full: z.boolean(),
  /** Changes from `from` (the previous package to this receiver; null: from the start) to `to`. */
  period: z.object({ from: z.string().nullable(), to: z.string() }),
  /** Records carried, per kind. */
  counts: z.record(z.string(), z.number().int()),
  schemaVersion: z.number().int(),
  createdAt: z.string(),
  /** SHA-256 (hex) of the package's data tables, read in a fixed order. */
  dataHash: z.string(),
  /** The year of the report figures a Ministry package carries; null otherwise. */
  reportYear: z.number().int().nullable(),
});
export type PackageManifest = z.output<typeof PackageManifest>;

const KindPreview = z.object({
  kind: z.string(),
  label: z.string(),
  new: z.number().int(),
  changed: z.number().int(),
  deleted: z.number().int(),
});
const ReferencePreview = z.object({
  what: z.enum(['unit', 'catalogue']),
  code: z.string().nullable(),
  name: z.string(),
  /** code / name: an existing entry with that code or name; created: a new one (units under `under`). */
  match: z.enum(['code', 'name', 'created']),
  under: z.string().nullable(),
});

export const ImportPreview = z.object({
  manifest: PackageManifest,
  senderName: z.string(),
  /** The same package was applied before: nothing changes. */
  alreadyApplied: z.boolean(),
  kinds: z.array(KindPreview),
  references: z.array(ReferencePreview),
  /** True when the package was applied (not a dry run, not already applied). */
  applied: z.boolean(),
});
export type ImportPreview = z.output<typeof ImportPreview>;

export const ReceivedImport = z.object({
  officeId: z.string(),
  sequence: z.number().int(),
  appliedAt: z.string(),
  appliedBy: z.string(),
  counts: z.record(z.string(), z.number().int()),
  undoneAt: z.string().nullable(),
});

/** Exchange of packages between offices (trao đổi dữ liệu): identity, trusted offices, packages. */
export const exchangeContract = defineContract({
  'office.get': {
    role: 'viewer',
    summary: 'Cơ quan của cơ sở dữ liệu này (mã, tên, cấp, cơ quan cấp trên, khoá công khai).',
    input: z.object({}),
    output: OfficeView.nullable(),
  },
  'office.set': {
    role: 'admin',
    summary: 'Đặt thông tin cơ quan; lần đầu tạo cặp khoá ký gói dữ liệu.',
    input: OfficeInput,
    output: OfficeView,
  },
  'offices.list': {
    role: 'viewer',
    summary: 'Các cơ quan đã đăng ký khoá và gói nhận được gần nhất của mỗi cơ quan.',
    input: z.object({}),
    output: z.array(RegisteredOffice),
  },
  'offices.add': {
    role: 'admin',
    summary: 'Đăng ký khoá công khai của một cơ quan gửi gói (xác nhận dấu vân tay trước).',
    input: RegisterOfficeInput,
    output: RegisterOfficeResult,
  },
  'exchange.exportPackage': {
    role: 'admin',
    summary: 'Tạo gói dữ liệu đã ký gửi một cơ quan (các bản ghi thay đổi từ gói trước, hoặc tất cả).',
    input: z.object({ to: OfficeId, all: z.boolean().default(false), year: z.number().int().min(1990).max(2200).optional() }),
    output: z.object({ fileName: z.string(), contentBase64: z.string(), manifest: PackageManifest }),
  },
  'exchange.importPackage': {
    role: 'admin',
    summary: 'Kiểm tra và nhận một gói dữ liệu (xem trước với dryRun; tất cả hoặc không).',
    input: z.object({ contentBase64: PackageContent, dryRun: z.boolean().default(false) }),
    output: ImportPreview,
  },
  'exchange.undoLastImport': {
    role: 'admin',
    summary: 'Hoàn tác gói nhận gần nhất của một cơ quan.',
    input: z.object({ officeId: OfficeId }),
    output: ReceivedImport,
  },
  'exchange.imports': {
    role: 'viewer',
    summary: 'Các gói đã nhận, mới nhất trước.',
    input: z.object({ officeId: OfficeId.optional() }),
    output: z.array(ReceivedImport),
  },
});

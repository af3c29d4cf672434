import { z } from 'zod';
import { recordVersion, versionCheck } from '../records/record-version';
import { requiredText, text, uuid } from '../../shared/input.schema';

/** The editable catalogues (danh mục); the names match the CHECK of catalogue_entries.catalogue. */
export const CATALOGUES = [
  'model_type',
  'host_organisation',
  'session_form',
  'venue_kind',
  'award_form',
  'awarding_authority',
  'occasion',
] as const;
export const Catalogue = z.enum(CATALOGUES, { error: 'Danh mục không hợp lệ.' });
export type Catalogue = z.output<typeof Catalogue>;

/** Vietnamese names of the catalogues, for messages and the catalogue page. */
export const CATALOGUE_LABELS: Record<Catalogue, string> = {
  model_type: 'Loại mô hình',
  host_organisation: 'Đơn vị chủ trì (đoàn thể)',
  session_form: 'Hình thức tuyên truyền',
  venue_kind: 'Loại địa điểm',
  award_form: 'Hình thức khen thưởng',
  awarding_authority: 'Cấp khen thưởng',
  occasion: 'Đợt khen thưởng',
};

/** One catalogue entry (mục danh mục). */
export const CatalogueEntry = z.object({
  id: z.uuid(),
  catalogue: Catalogue,
  code: z.string().nullable(),
  name: z.string(),
  sortOrder: z.number().int(),
  retired: z.boolean(),
  retiredAt: z.string().nullable(),
  version: recordVersion,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CatalogueEntry = z.output<typeof CatalogueEntry>;

const EntryName = requiredText('Tên mục', 200, 'Nhập tên mục.');
const EntryCode = text('Mã', 40).nullable().optional();

export const CatalogueCreateInput = z.object({
  catalogue: Catalogue,
  name: EntryName,
  code: EntryCode,
  sortOrder: z.number({ error: 'Thứ tự phải là số nguyên.' }).int('Thứ tự phải là số nguyên.').optional(),
});
export type CatalogueCreateInput = z.output<typeof CatalogueCreateInput>;

export const CatalogueRenameInput = z.object({
  id: uuid('Mã mục'),
  ...versionCheck,
  name: EntryName,
  code: EntryCode,
  sortOrder: z.number({ error: 'Thứ tự phải là số nguyên.' }).int('Thứ tự phải là số nguyên.').optional(),
});
export type CatalogueRenameInput = z.output<typeof CatalogueRenameInput>;

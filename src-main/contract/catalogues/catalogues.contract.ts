import { z } from 'zod';
import { uuid } from '../../shared/input.schema';
import { defineContract } from '../method-spec';
import { noCallerId } from '../records/record-fields';
import { versionCheck } from '../records/record-version';
import { Catalogue, CatalogueCreateInput, CatalogueEntry, CatalogueRenameInput } from './catalogue';

const EntryId = z.object({ id: uuid('Mã mục'), ...versionCheck });

/** The catalogues domain (danh mục): the lists clerks pick from, kept by administrators. */
export const cataloguesContract = defineContract({
  'catalogues.list': {
    role: 'viewer',
    summary: 'Các mục của một danh mục (hoặc mọi danh mục), theo thứ tự hiển thị.',
    input: z.object({ catalogue: Catalogue.optional(), includeRetired: z.boolean().default(false) }),
    output: z.object({ rows: z.array(CatalogueEntry) }),
  },
  'catalogues.create': {
    role: 'admin',
    summary: 'Thêm mục vào danh mục.',
    input: CatalogueCreateInput.extend(noCallerId),
    output: CatalogueEntry,
  },
  'catalogues.rename': {
    role: 'admin',
    summary: 'Đổi tên (và mã, thứ tự) một mục danh mục.',
    input: CatalogueRenameInput,
    output: CatalogueEntry,
  },
  'catalogues.retire': {
    role: 'admin',
    summary: 'Ngừng sử dụng một mục danh mục (dữ liệu cũ vẫn giữ mục này).',
    input: EntryId,
    output: CatalogueEntry,
  },
  'catalogues.restore': {
    role: 'admin',
    summary: 'Dùng lại một mục danh mục đã ngừng sử dụng.',
    input: EntryId,
    output: CatalogueEntry,
  },
  'catalogues.delete': {
    role: 'admin',
    summary: 'Xoá mục danh mục chưa được dữ liệu nào sử dụng.',
    input: EntryId,
    output: z.object({ id: z.uuid() }),
  },
});

import { handle, type MethodContext } from '../api/define';
import { assertVersion } from '../api/version-check';
import { cataloguesContract } from '../../contract/catalogues/catalogues.contract';
import { AppError, fieldError } from '../api/errors';
import { deleteOrConflict } from '../units';
import { CATALOGUE_SEED } from './catalogue.seed';
import { Catalogue, CATALOGUE_LABELS, CatalogueEntry } from '../../contract/catalogues/catalogue';
import {
  deleteCatalogueEntry,
  findCatalogueEntry,
  findEntryByCode,
  findEntryByName,
  insertCatalogueEntry,
  listAllCatalogueEntries,
  listCatalogueEntries,
  nextSortOrder,
  setEntryRetired,
  updateCatalogueEntry,
} from './catalogues.repo';

function getEntryOrThrow(ctx: MethodContext, id: string): CatalogueEntry {
  const entry = findCatalogueEntry(ctx.db, id);
  if (!entry) throw new AppError('NOT_FOUND', 'Không tìm thấy mục danh mục; có thể nó đã bị xoá.');
  return entry;
}

/** Names and codes are unique within a catalogue: two "Bằng khen" would split every report. */
function assertUnique(ctx: MethodContext, catalogue: Catalogue, e: { id: string | null; name: string; code: string | null }): void {
  const label = CATALOGUE_LABELS[catalogue];
  const byName = findEntryByName(ctx.db, catalogue, e.name);
  if (byName && byName !== e.id) throw fieldError(['name'], `Danh mục "${label}" đã có mục "${e.name}".`);
  const byCode = e.code ? findEntryByCode(ctx.db, catalogue, e.code) : undefined;
  if (byCode && byCode !== e.id) throw fieldError(['code'], `Danh mục "${label}" đã có mục mang mã "${e.code}".`);
}

/** Entries of one catalogue (danh mục), or of all of them, in display order. */
export const listCatalogue = handle(cataloguesContract, 'catalogues.list', (ctx, input) => ({
  rows: input.catalogue
    ? listCatalogueEntries(ctx.db, input.catalogue, input.includeRetired)
    : listAllCatalogueEntries(ctx.db, input.includeRetired),
}));

/** Adds an entry at the end of its catalogue unless a sort order is given. */
export const createCatalogueEntry = handle(cataloguesContract, 'catalogues.create', (ctx, input) => {
  const code = input.code || null;
  assertUnique(ctx, input.catalogue, { id: null, name: input.name, code });
  const id = ctx.newId();
  insertCatalogueEntry(ctx.db, {
    id,
    catalogue: input.catalogue,
    code,
    name: input.name,
    sortOrder: input.sortOrder ?? nextSortOrder(ctx.db, input.catalogue),
    now: ctx.now,
  });
  return getEntryOrThrow(ctx, id);
});

/** Renames an entry (allowed while in use: records point at its id, so they show the new name). */
export const renameCatalogueEntry = handle(cataloguesContract, 'catalogues.rename', (ctx, input) => {
  const entry = getEntryOrThrow(ctx, input.id);
  assertVersion('mục danh mục', input.expectedVersion, entry);
  const code = input.code === undefined ? entry.code : input.code || null;
  assertUnique(ctx, entry.catalogue, { id: entry.id, name: input.name, code });
  updateCatalogueEntry(ctx.db, { id: entry.id, code, name: input.name, sortOrder: input.sortOrder ?? entry.sortOrder, now: ctx.now });
  return getEntryOrThrow(ctx, entry.id);
});

/** Stops offering an entry for new records; records that have it keep it. */
export const retireCatalogueEntry = handle(cataloguesContract, 'catalogues.retire', (ctx, input) => {
  const entry = getEntryOrThrow(ctx, input.id);
  assertVersion('mục danh mục', input.expectedVersion, entry);
  if (!entry.retired) setEntryRetired(ctx.db, entry.id, ctx.now, ctx.now);
  return getEntryOrThrow(ctx, entry.id);
});

/** Offers a retired entry again. */
export const restoreCatalogueEntry = handle(cataloguesContract, 'catalogues.restore', (ctx, input) => {
  const entry = getEntryOrThrow(ctx, input.id);
  assertVersion('mục danh mục', input.expectedVersion, entry);
  if (entry.retired) setEntryRetired(ctx.db, entry.id, null, ctx.now);
  return getEntryOrThrow(ctx, entry.id);
});

/** Deletes an entry no record uses; one in use can only be renamed or retired. */
export const deleteCatalogueEntryMethod = handle(cataloguesContract, 'catalogues.delete', (ctx, input) => {
  const entry = getEntryOrThrow(ctx, input.id);
  assertVersion('mục danh mục', input.expectedVersion, entry);
  // Seeded entries have fixed ids that layouts, reports and other offices' files rely on.
  if (CATALOGUE_SEED.some((row) => row[0] === entry.id)) {
    throw new AppError('CONFLICT', `"${entry.name}" là mục có sẵn của chương trình: chỉ đổi tên hoặc ngừng sử dụng được, không xoá được.`);
  }
  const message = `Không xoá được "${entry.name}" vì đã có dữ liệu dùng mục này. Hãy đổi tên hoặc ngừng sử dụng thay vì xoá.`;
  deleteOrConflict(() => deleteCatalogueEntry(ctx.db, entry.id), message);
  return { id: entry.id };
});

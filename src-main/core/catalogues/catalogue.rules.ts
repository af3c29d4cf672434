import { fieldError } from '../api/errors';
import type { ReadDb } from '../db/types';
import { CATALOGUE_LABELS, type Catalogue } from '../../contract/catalogues/catalogue';
import { findCatalogueEntry } from './catalogues.repo';

export interface AssertEntryOptions {
  /**
   * Accept a retired entry. A record keeps a retired entry it already had (an edit that does not change
   * the field), so callers pass true when the value equals the stored one.
   */
  allowRetired?: boolean;
}

/**
 * Checks that `id` is an entry of `catalogue` usable for a new or changed record: it exists, belongs to
 * that catalogue, and is not retired. Throws a Vietnamese VALIDATION error on `fieldPath`.
 */
export function assertCatalogueEntry(
  db: ReadDb,
  catalogue: Catalogue,
  id: string,
  fieldPath: (string | number)[],
  opts: AssertEntryOptions = {},
): void {
  const label = CATALOGUE_LABELS[catalogue];
  const entry = findCatalogueEntry(db, id);
  if (!entry) throw fieldError(fieldPath, `Không tìm thấy mục "${label}" đã chọn; có thể nó đã bị xoá.`);
  if (entry.catalogue !== catalogue) {
    throw fieldError(fieldPath, `"${entry.name}" không thuộc danh mục "${label}".`);
  }
  if (entry.retired && !opts.allowRetired) {
    throw fieldError(fieldPath, `"${entry.name}" đã ngừng sử dụng trong danh mục "${label}"; hãy chọn mục khác.`);
  }
}

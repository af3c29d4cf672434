import { methodMap } from '../api/define';
import type { Migration } from '../db/migrations';
import { catalogueSeedMigration } from './catalogue.seed';

/** API methods of this domain. */
export const catalogueMethods = methodMap();

/** Schema steps of this domain. */
export const catalogueMigrations: Migration[] = [catalogueSeedMigration];

export { CATALOGUES, CATALOGUE_LABELS, Catalogue, CatalogueEntry } from './catalogue';
export { CATALOGUE_SEED, seededEntryId } from './catalogue.seed';
export { assertCatalogueEntry, type AssertEntryOptions } from './catalogue.rules';
export { findCatalogueEntry } from './catalogues.repo';

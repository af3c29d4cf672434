import { methodMap } from '../api/define';
import type { Migration } from '../db/migrations';
import {
  createCatalogueEntry,
  deleteCatalogueEntryMethod,
  listCatalogue,
  renameCatalogueEntry,
  restoreCatalogueEntry,
  retireCatalogueEntry,
} from './catalogues.api';
import { catalogueSeedMigration } from './catalogue.seed';

/** API methods of this domain. */
export const catalogueMethods = methodMap(
  listCatalogue,
  createCatalogueEntry,
  renameCatalogueEntry,
  retireCatalogueEntry,
  restoreCatalogueEntry,
  deleteCatalogueEntryMethod,
);

/** Schema steps of this domain. */
export const catalogueMigrations: Migration[] = [catalogueSeedMigration];

export { CATALOGUES, CATALOGUE_LABELS, Catalogue, CatalogueEntry } from './catalogue';
export { CATALOGUE_SEED, seededEntryId } from './catalogue.seed';
export { assertCatalogueEntry, type AssertEntryOptions } from './catalogue.rules';
export { findCatalogueEntry } from './catalogues.repo';
export { catalogueNames, type CatalogueName } from './catalogues-figures.repo';

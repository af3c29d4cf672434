import { methodMap } from '../api/define';
import { defineDomain } from '../api/domain';
import {
  createCatalogueEntry,
  deleteCatalogueEntryMethod,
  listCatalogue,
  renameCatalogueEntry,
  restoreCatalogueEntry,
  retireCatalogueEntry,
} from './catalogues.api';
import { catalogueSeedMigration } from './catalogue.seed';

const methods = methodMap(
  listCatalogue,
  createCatalogueEntry,
  renameCatalogueEntry,
  retireCatalogueEntry,
  restoreCatalogueEntry,
  deleteCatalogueEntryMethod,
);

/** The catalogues domain: its API methods and schema steps. */
export const cataloguesDomain = defineDomain({ name: 'catalogues', methods, migrations: [catalogueSeedMigration] });

export { CATALOGUES, CATALOGUE_LABELS, Catalogue, CatalogueEntry } from './catalogue';
export { CATALOGUE_SEED, seededEntryId } from './catalogue.seed';
export { assertCatalogueEntry, type AssertEntryOptions } from './catalogue.rules';
export { findCatalogueEntry } from './catalogues.repo';
export { catalogueNames, type CatalogueName } from './catalogues-figures.repo';

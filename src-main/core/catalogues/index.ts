import { methodMap } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { cataloguesContract } from '../../contract/catalogues/catalogues.contract';
import {
  createCatalogueEntry,
  deleteCatalogueEntryMethod,
  listCatalogue,
  renameCatalogueEntry,
  restoreCatalogueEntry,
  retireCatalogueEntry,
} from './catalogues.api';
import { catalogueSeedMigration } from './catalogue.seed';
import { recordVersionPart } from '../db/record-version-step';

const methods = methodMap(
  listCatalogue,
  createCatalogueEntry,
  renameCatalogueEntry,
  retireCatalogueEntry,
  restoreCatalogueEntry,
  deleteCatalogueEntryMethod,
);

/** The catalogues domain: its API methods and schema steps. */
export const cataloguesDomain = defineContractDomain({
  name: 'catalogues',
  contract: cataloguesContract,
  methods,
  migrations: [catalogueSeedMigration, recordVersionPart('catalogue_entries')],
});

export { CATALOGUES, CATALOGUE_LABELS, Catalogue, CatalogueEntry } from '../../contract/catalogues/catalogue';
export { CATALOGUE_SEED, seededEntryId } from './catalogue.seed';
export { assertCatalogueEntry, type AssertEntryOptions } from './catalogue.rules';
export { findCatalogueEntry, findEntryByCode, findEntryByName, insertCatalogueEntry, nextSortOrder } from './catalogues.repo';
export { catalogueNames, type CatalogueName } from './catalogues-figures.repo';

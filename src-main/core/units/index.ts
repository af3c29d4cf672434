import { methodMap } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { unitsContract } from '../../contract/units/units.contract';
import { createUnit, deleteUnit, getUnit, mergeUnit, restoreUnit, retireUnit, updateUnitMethod } from './units.api';
import { listUnitsMethod, resolveUnitMethod, searchUnitsMethod, unitChildren } from './units-list.api';
import { importUnits } from './unit-import.api';
import { unitsMigration } from './units.schema';
import { recordVersionPart } from '../db/record-version-step';
import { unitsSortKeysPart } from './units-sort-keys.schema';

const methods = methodMap(
  listUnitsMethod,
  getUnit,
  unitChildren,
  searchUnitsMethod,
  createUnit,
  updateUnitMethod,
  retireUnit,
  restoreUnit,
  mergeUnit,
  deleteUnit,
  importUnits,
  resolveUnitMethod,
);

/** The units domain: its API methods and schema steps. */
export const unitsDomain = defineContractDomain({
  name: 'units',
  contract: unitsContract,
  methods,
  migrations: [unitsMigration, recordVersionPart('units'), unitsSortKeysPart],
});

export { UNIT_KINDS, UNIT_KIND_LABELS, Unit, UnitKind, UnitNode, UnitPathItem, optionalText } from '../../contract/units/unit';
export { findUnit, findUnitByCode, insertUnit, unitAncestors, unitSubtreeIds, UNIT_SUBTREE_SQL } from './units.repo';
export type { UnitDraft } from './unit-draft';
export { assertUnitValidOn, resolveUnitAsOf, unitValidOn } from './unit-validity.rules';
export { deleteOrConflict, isForeignKeyViolation } from './foreign-key';
export { addFilters, orderBy, shadowText, type FilterColumn, type SortColumns } from './list-sql.repo';
export { findProvinceId, loadUnitTree, type UnitTreeEntry } from './units-figures.repo';

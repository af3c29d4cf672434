import { methodMap } from '../api/define';
import type { Migration } from '../db/migrations';
import { createUnit, deleteUnit, getUnit, mergeUnit, restoreUnit, retireUnit, updateUnitMethod } from './units.api';
import { listUnitsMethod, resolveUnitMethod, searchUnitsMethod, unitChildren } from './units-list.api';
import { importUnits } from './unit-import.api';
import { unitsMigration } from './units.schema';

/** API methods of this domain. */
export const unitsMethods = methodMap(listUnitsMethod, getUnit, unitChildren, searchUnitsMethod, createUnit, updateUnitMethod, retireUnit, restoreUnit, mergeUnit, deleteUnit, importUnits, resolveUnitMethod);

/** Schema steps of this domain. */
export const unitsMigrations: Migration[] = [unitsMigration];

export { UNIT_KINDS, UNIT_KIND_LABELS, Unit, UnitKind, UnitNode, UnitPathItem, optionalText } from './unit';
export { findUnit, unitAncestors, unitSubtreeIds, UNIT_SUBTREE_SQL } from './units.repo';
export { assertUnitValidOn, resolveUnitAsOf, unitValidOn } from './unit-validity.rules';
export { deleteOrConflict, isForeignKeyViolation } from './foreign-key';
export { addFilters, orderBy, shadowText, type FilterColumn, type SortColumns } from './list-sql.repo';

/**
 * What the record kinds (sessions, outcomes, registrations) share: field schemas, the check runner,
 * date rules, list paging/sorting SQL, and the standard methods and SQL derived from a kind's declaration
 * (contract/records/define-kind.ts). Each record kind keeps its own folder and imports this one.
 */
export { count, isoDate, month, optionalText, recordId, requiredText, year } from '../../contract/records/record-fields';
export { applyPatch, runChecks, unchanged } from './record-checks';
export { assertNotFuture } from './record-dates.rules';
export { checkSortColumns, ftsColumnQuery, ftsPrefixPhrase, parseListFilters } from './record-list';
export { orderByClause, queryPage, unitNameCondition, unitSubtreeCondition, type PageSql } from './record-list.repo';
export { securityModelExists } from './record-refs.repo';
export {
  checkNewRecord,
  createCheckedRecords,
  createRecord,
  fieldsOf,
  kindHandlers,
  readRecord,
  type KindRules,
  type StoredRecord,
} from './kind-methods';
export { deleteRecord, insertRecord, updateRecord } from './kind.repo';
export { deleteRecords, insertRecords, type NewRecord } from './kind-bulk.repo';
export { assertOwnRecord, ORIGIN_TABLES, originAnd, originCondition, withOrigin, type OriginScope } from './record-origin.repo';

/**
 * What the record kinds (sessions, outcomes, registrations) share: field schemas, the check runner,
 * date rules, and list paging/sorting SQL. Each record kind keeps its own folder and imports this one.
 */
export { count, isoDate, month, optionalText, recordId, requiredText, year } from './record-fields';
export { applyPatch, runChecks, unchanged } from './record-checks';
export { assertNotFuture } from './record-dates.rules';
export { checkSortColumns, ftsColumnQuery, ftsPrefixPhrase, parseListFilters } from './record-list';
export { orderByClause, queryPage, unitNameCondition, unitSubtreeCondition, type PageSql } from './record-list.repo';
export { securityModelExists } from './record-refs.repo';

import { methodMap } from '../api/define';
import type { Migration } from '../db/migrations';
import { createSession, deleteSessionMethod, getSession, listSessionsMethod, updateSessionMethod } from './sessions.api';
import { sessionsMigration } from './sessions.schema';
import { sessionsUnitSearchMigration } from './sessions-unit-search.schema';
import { sessionsCountMigration } from './sessions-count.schema';

/** API methods of this domain. */
export const sessionsMethods = methodMap(listSessionsMethod, getSession, createSession, updateSessionMethod, deleteSessionMethod);

/** Schema steps of this domain. */
export const sessionsMigrations: Migration[] = [sessionsMigration, sessionsUnitSearchMigration, sessionsCountMigration];

export { Session, SessionCreateInput, SessionUpdateInput, SessionFilters, SESSION_SORT_COLUMNS } from './session';
// Shared by the other record kinds (outcomes, registrations), which live beside this folder.
export { count, isoDate, month, optionalText, recordId, requiredText, year } from './record-fields';
export { applyPatch, runChecks, unchanged } from './record-checks';
export { assertNotFuture } from './record-dates.rules';
export { checkSortColumns, ftsPrefixPhrase, parseListFilters } from './record-list';
export { orderByClause, queryPage, unitNameCondition, unitSubtreeCondition, type PageSql } from './record-list.repo';
export { securityModelExists } from './record-refs.repo';

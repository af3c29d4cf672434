import { methodMap } from '../api/define';
import type { Migration } from '../db/migrations';
import { createSession, deleteSessionMethod, getSession, listSessionsMethod, updateSessionMethod } from './sessions.api';
import { sessionsMigration } from './sessions.schema';
import { sessionsUnitSearchMigration } from './sessions-unit-search.schema';
import { sessionsCountMigration } from './sessions-count.schema';
import { sessionsGroupIndexMigration, sessionsReportIndexPart } from './sessions-figures.schema';

/** API methods of this domain. */
export const sessionsMethods = methodMap(listSessionsMethod, getSession, createSession, updateSessionMethod, deleteSessionMethod);

/** Schema steps of this domain. */
export const sessionsMigrations: Migration[] = [
  sessionsMigration,
  sessionsUnitSearchMigration,
  sessionsCountMigration,
  sessionsReportIndexPart,
  sessionsGroupIndexMigration,
];

export { Session, SessionCreateInput, SessionUpdateInput, SessionFilters, SESSION_SORT_COLUMNS } from './session';
export { sessionCounts, sessionDetails, sessionsPerMonth, type SessionCountRow, type SessionDetail } from './sessions-figures.repo';

import { methodMap } from '../api/define';
import { defineDomain } from '../api/domain';
import { createSession, deleteSessionMethod, getSession, listSessionsMethod, updateSessionMethod } from './sessions.api';
import { sessionsMigration } from './sessions.schema';
import { sessionsUnitSearchMigration } from './sessions-unit-search.schema';
import { sessionsCountMigration } from './sessions-count.schema';
import { sessionsGroupIndexMigration, sessionsReportIndexPart } from './sessions-figures.schema';

const methods = methodMap(listSessionsMethod, getSession, createSession, updateSessionMethod, deleteSessionMethod);

/** The sessions domain: its API methods and schema steps. */
export const sessionsDomain = defineDomain({
  name: 'sessions',
  methods,
  migrations: [sessionsMigration, sessionsUnitSearchMigration, sessionsCountMigration, sessionsReportIndexPart, sessionsGroupIndexMigration],
});

export { Session, SessionCreateInput, SessionUpdateInput, SessionFilters, SESSION_SORT_COLUMNS } from './session';
export { sessionCounts, sessionDetails, sessionsPerMonth, type SessionCountRow, type SessionDetail } from './sessions-figures.repo';

import { methodMap } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { sessionsContract } from '../../contract/sessions/sessions.contract';
import { createSession, deleteSessionMethod, getSession, listSessionsMethod, updateSessionMethod } from './sessions.api';
import { sessionsMigration } from './sessions.schema';
import { sessionsUnitSearchMigration } from './sessions-unit-search.schema';
import { sessionsCountMigration } from './sessions-count.schema';

const methods = methodMap(listSessionsMethod, getSession, createSession, updateSessionMethod, deleteSessionMethod);

/** The sessions domain: its API methods and schema steps. */
export const sessionsDomain = defineContractDomain({
  name: 'sessions',
  contract: sessionsContract,
  methods,
  migrations: [sessionsMigration, sessionsUnitSearchMigration, sessionsCountMigration],
});

export { Session, SessionCreateInput, SessionUpdateInput, SessionFilters, SESSION_SORT_COLUMNS } from '../../contract/sessions/session';

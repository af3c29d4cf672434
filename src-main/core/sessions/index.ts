import { implement } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { sessionKind } from '../../contract/sessions/session.kind';
import { sessionsContract } from '../../contract/sessions/sessions.contract';
import { kindHandlers } from '../records';
import { checkSession } from './sessions.checks';
import { sessionsMigrations } from './sessions.schema';

/** The rules the session kind's standard methods (and an Excel import's rows) run. */
export const sessionRules = { check: checkSession };

/** The sessions domain: the session kind's standard methods with its checks, and its schema steps. */
export const sessionsDomain = defineContractDomain({
  name: 'sessions',
  contract: sessionsContract,
  methods: implement(sessionsContract, kindHandlers(sessionKind, sessionRules)),
  migrations: sessionsMigrations,
});

export { sessionKind, type Session } from '../../contract/sessions/session.kind';
export { sessionCounts, sessionDetails, sessionsPerMonth, type SessionCountRow, type SessionDetail } from './sessions-figures.repo';

import { defineContract } from '../method-spec';
import { kindContract } from '../records/kind-contract';
import { sessionKind } from './session.kind';

/** The sessions domain: the standard methods of the session kind. */
export const sessionsContract = defineContract({ ...kindContract(sessionKind) });

import { defineContract } from '../method-spec';
import { kindContract } from '../records/kind-contract';
import { registrationKind } from './registration.kind';

/** The registrations domain: the standard methods of the registration kind. */
export const registrationsContract = defineContract({ ...kindContract(registrationKind) });

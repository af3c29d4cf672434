import { methodMap } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { registrationsContract } from '../../contract/registrations/registrations.contract';
import {
  createRegistration,
  deleteRegistrationMethod,
  getRegistration,
  listRegistrationsMethod,
  updateRegistrationMethod,
} from './registrations.api';
import { registrationsMigration } from './registrations.schema';

const methods = methodMap(listRegistrationsMethod, getRegistration, createRegistration, updateRegistrationMethod, deleteRegistrationMethod);

/** The registrations domain: its API methods and schema steps. */
export const registrationsDomain = defineContractDomain({
  name: 'registrations',
  contract: registrationsContract,
  methods,
  migrations: [registrationsMigration],
});

export { ASSESSMENTS, Assessment, REGISTRABLE_KINDS, Registration, RegistrationCreateInput, RegistrationUpdateInput, RegistrationFilters } from '../../contract/registrations/registration';
export { evaluationPeriod } from './registration.rules';
export { RECOGNISED_SQL, registrationCounts, type RegistrationCount } from './registrations.repo';

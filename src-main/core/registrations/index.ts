import { methodMap } from '../api/define';
import { defineDomain } from '../api/domain';
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
export const registrationsDomain = defineDomain({ name: 'registrations', methods, migrations: [registrationsMigration] });

export { ASSESSMENTS, Assessment, REGISTRABLE_KINDS, Registration, RegistrationCreateInput, RegistrationUpdateInput, RegistrationFilters } from './registration';
export { evaluationPeriod } from './registration.rules';
export { RECOGNISED_SQL, registrationCounts, type RegistrationCount } from './registrations.repo';
export {
  registrationCountsByUnit,
  registrationDetails,
  type RegistrationDetail,
  type UnitRegistrationCount,
} from './registrations-figures.repo';

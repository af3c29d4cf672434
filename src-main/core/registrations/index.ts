import { methodMap } from '../api/define';
import type { Migration } from '../db/migrations';
import {
  createRegistration,
  deleteRegistrationMethod,
  getRegistration,
  listRegistrationsMethod,
  updateRegistrationMethod,
} from './registrations.api';
import { registrationsMigration } from './registrations.schema';

/** API methods of this domain. */
export const registrationsMethods = methodMap(listRegistrationsMethod, getRegistration, createRegistration, updateRegistrationMethod, deleteRegistrationMethod);

/** Schema steps of this domain. */
export const registrationsMigrations: Migration[] = [registrationsMigration];

export { ASSESSMENTS, Assessment, REGISTRABLE_KINDS, Registration, RegistrationCreateInput, RegistrationUpdateInput, RegistrationFilters } from './registration';
export { evaluationPeriod } from './registration.rules';
export { RECOGNISED_SQL, registrationCounts, type RegistrationCount } from './registrations.repo';
export {
  registrationCountsByUnit,
  registrationDetails,
  type RegistrationDetail,
  type UnitRegistrationCount,
} from './registrations-figures.repo';

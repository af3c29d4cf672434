import { implement } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { registrationKind } from '../../contract/registrations/registration.kind';
import { registrationsContract } from '../../contract/registrations/registrations.contract';
import { kindHandlers } from '../records';
import { evaluationPeriod, isRegistrableKind } from './registration.rules';
import { assertOnePerUnitAndYear, checkRegistration } from './registrations.checks';
import { registrationsMigrations } from './registrations.schema';

const methods = implement(
  registrationsContract,
  kindHandlers(registrationKind, {
    check: checkRegistration,
    conflicts: assertOnePerUnitAndYear,
    // The evaluation period of the unit's kind, for the form to show.
    compute: (r) => {
      const period = evaluationPeriod(isRegistrableKind(r.unitKind) ? r.unitKind : 'commune', r.year);
      return { evaluationFrom: period.from, evaluationTo: period.to };
    },
  }),
);

/** The registrations domain: the registration kind's standard methods with its rules, and its schema steps. */
export const registrationsDomain = defineContractDomain({
  name: 'registrations',
  contract: registrationsContract,
  methods,
  migrations: registrationsMigrations,
});

export {
  ASSESSMENTS,
  Assessment,
  REGISTRABLE_KINDS,
  RECOGNISED_SQL,
  registrationKind,
  type Registration,
} from '../../contract/registrations/registration.kind';
export { evaluationPeriod } from './registration.rules';
export { registrationCounts, type RegistrationCount } from './registrations.repo';
export {
  registrationCountsByUnit,
  registrationDetails,
  type RegistrationDetail,
  type UnitRegistrationCount,
} from './registrations-figures.repo';

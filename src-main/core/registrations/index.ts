import { implement } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { registrationKind } from '../../contract/registrations/registration.kind';
import { registrationsContract } from '../../contract/registrations/registrations.contract';
import { kindHandlers, type KindRules } from '../records';
import { evaluationPeriod, isRegistrableKind } from './registration.rules';
import { assertOnePerUnitAndYear, checkRegistration } from './registrations.checks';
import { registrationsMigrations } from './registrations.schema';

/** The rules the registration kind's standard methods (and an Excel import's rows) run. */
export const registrationRules: KindRules<typeof registrationKind> = {
  check: checkRegistration,
  conflicts: assertOnePerUnitAndYear,
  // The evaluation period of the unit's kind, for the form to show.
  compute: (r) => {
    const period = evaluationPeriod(isRegistrableKind(r.unitKind) ? r.unitKind : 'commune', r.year);
    return { evaluationFrom: period.from, evaluationTo: period.to };
  },
};

const methods = implement(registrationsContract, kindHandlers(registrationKind, registrationRules));

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

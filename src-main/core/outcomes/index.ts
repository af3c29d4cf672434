import { implement } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { outcomeKind } from '../../contract/outcomes/outcome.kind';
import { outcomesContract } from '../../contract/outcomes/outcomes.contract';
import { kindHandlers } from '../records';
import { outcomeRules, saveOutcome } from './outcomes-save.api';
import { outcomesMigrations } from './outcomes.schema';

const methods = implement(outcomesContract, { ...kindHandlers(outcomeKind, outcomeRules), 'outcomes.save': saveOutcome });

/** The outcomes domain: the outcome kind's standard methods, `outcomes.save`, and its schema steps. */
export const outcomesDomain = defineContractDomain({
  name: 'outcomes',
  contract: outcomesContract,
  methods,
  migrations: outcomesMigrations,
});

export { outcomeRules } from './outcomes-save.api';
export { outcomeKind, type Outcome } from '../../contract/outcomes/outcome.kind';
export { outcomeTotals, type OutcomeTotals } from './outcomes.repo';
export {
  outcomeDetails,
  outcomeSums,
  outcomesPerYear,
  type OutcomeDetail,
  type OutcomeSumRow,
  type OutcomeYearRow,
} from './outcomes-figures.repo';

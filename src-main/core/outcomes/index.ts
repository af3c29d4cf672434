import { methodMap } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { outcomesContract } from '../../contract/outcomes/outcomes.contract';
import { deleteOutcomeMethod, getOutcome, listOutcomesMethod, saveOutcome, updateOutcomeMethod } from './outcomes.api';
import { outcomesMigration } from './outcomes.schema';

const methods = methodMap(listOutcomesMethod, getOutcome, saveOutcome, updateOutcomeMethod, deleteOutcomeMethod);

/** The outcomes domain: its API methods and schema steps. */
export const outcomesDomain = defineContractDomain({
  name: 'outcomes',
  contract: outcomesContract,
  methods,
  migrations: [outcomesMigration],
});

export { Outcome, OutcomeFilters, OutcomeSaveInput, OutcomeUpdateInput, OUTCOME_SORT_COLUMNS } from '../../contract/outcomes/outcome';
export { outcomeTotals, type OutcomeTotals } from './outcomes.repo';

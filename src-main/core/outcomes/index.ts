import { methodMap } from '../api/define';
import { defineDomain } from '../api/domain';
import { deleteOutcomeMethod, getOutcome, listOutcomesMethod, saveOutcome, updateOutcomeMethod } from './outcomes.api';
import { outcomesMigration } from './outcomes.schema';
import { outcomesReportIndexPart } from './outcomes-figures.schema';

const methods = methodMap(listOutcomesMethod, getOutcome, saveOutcome, updateOutcomeMethod, deleteOutcomeMethod);

/** The outcomes domain: its API methods and schema steps. */
export const outcomesDomain = defineDomain({ name: 'outcomes', methods, migrations: [outcomesMigration, outcomesReportIndexPart] });

export { Outcome, OutcomeFilters, OutcomeSaveInput, OutcomeUpdateInput, OUTCOME_SORT_COLUMNS } from './outcome';
export { outcomeTotals, type OutcomeTotals } from './outcomes.repo';
export {
  outcomeDetails,
  outcomeSums,
  outcomesPerYear,
  type OutcomeDetail,
  type OutcomeSumRow,
  type OutcomeYearRow,
} from './outcomes-figures.repo';

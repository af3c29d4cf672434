import { methodMap } from '../api/define';
import type { Migration } from '../db/migrations';
import { deleteOutcomeMethod, getOutcome, listOutcomesMethod, saveOutcome, updateOutcomeMethod } from './outcomes.api';
import { outcomesMigration } from './outcomes.schema';
import { outcomesReportIndexPart } from './outcomes-figures.schema';

/** API methods of this domain. */
export const outcomesMethods = methodMap(listOutcomesMethod, getOutcome, saveOutcome, updateOutcomeMethod, deleteOutcomeMethod);

/** Schema steps of this domain. */
export const outcomesMigrations: Migration[] = [outcomesMigration, outcomesReportIndexPart];

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

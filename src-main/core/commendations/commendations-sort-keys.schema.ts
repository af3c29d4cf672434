import type { Migration } from '../db/migrations';
import { SORT_KEYS_STEP } from '../db/sort-keys-step';

/** The commendations part of step 95: recipients' names. */
export const commendationsSortKeysPart: Migration = {
  ...SORT_KEYS_STEP,
  sql: 'UPDATE commendation_recipients SET name_sort = vi_sort(name);',
};

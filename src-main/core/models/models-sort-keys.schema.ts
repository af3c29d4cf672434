import type { Migration } from '../db/migrations';
import { SORT_KEYS_STEP } from '../db/sort-keys-step';

/** The models part of step 95: names and leaders; a missing leader keeps '' as models.repo.ts writes it. */
export const modelsSortKeysPart: Migration = {
  ...SORT_KEYS_STEP,
  sql: `UPDATE security_models SET name_sort = vi_sort(name), leader_sort = CASE WHEN leader IS NULL THEN '' ELSE vi_sort(leader) END;`,
};

import type { Migration } from '../db/migrations';
import { SORT_KEYS_STEP } from '../db/sort-keys-step';

/** The sessions part of step 95: topic and presenter, keyed from '' when empty as records/kind.repo.ts does. */
export const sessionsSortKeysPart: Migration = {
  ...SORT_KEYS_STEP,
  sql: `UPDATE propaganda_sessions SET topic_sort = vi_sort(coalesce(topic, '')), presenter_sort = vi_sort(coalesce(presenter, ''));`,
};

import type { Migration } from '../db/migrations';
import { SORT_KEYS_STEP } from '../db/sort-keys-step';

/** The units part of step 95: unit names' keys, numbers by value ("Tổ 2" before "Tổ 10"). */
export const unitsSortKeysPart: Migration = { ...SORT_KEYS_STEP, sql: 'UPDATE units SET name_sort = vi_sort(name);' };

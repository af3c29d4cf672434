/**
 * Schema step 95: stored `*_sort` keys are recomputed since sortKey (shared/sort-key.ts) orders numbers
 * inside names by value. Like step 80 it spans several domains' tables: each domain declares the part on
 * its own table with this version and name, and app/domains.ts joins the parts into one step.
 * vi_sort (db/engine.ts) is the same sortKey, so the stored keys equal what the repositories now write.
 */
export const SORT_KEYS_STEP = { version: 95, name: 'numbers by value in sort keys' } as const;

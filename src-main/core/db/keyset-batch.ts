/**
 * Keyset batches (used by the report's detail sheets): a long list is read a few thousand rows at a
 * time along an index, each batch starting after the last key of the one before, so every batch costs
 * the same however deep into the list it is (OFFSET would re-read every skipped row).
 */

/** Where the next batch starts: the last row's (a, b) key, compared as a row value. */
export interface BatchKey {
  a: string;
  b: number | string;
}

/** One batch of rows, and the key to read the next one from (null after the last batch). */
export interface DetailBatch<T> {
  rows: (T & { unit_id: string | null })[];
  next: BatchKey | null;
}

/** Wraps rows read with `LIMIT limit` and selected with their key as `ka`, `kb`; a short batch is the last. */
export function keysetPage<T extends { ka: string; kb: number | string; unit_id: string | null }>(
  rows: T[],
  limit: number,
): DetailBatch<T> {
  const last = rows.at(-1);
  return { rows, next: rows.length === limit && last ? { a: last.ka, b: last.kb } : null };
}

import { z } from 'zod';

/**
 * How every grid asks for one page of a list. The core pages, sorts and filters in SQL, so the renderer
 * never holds a whole table. Each domain checks `sort[].column` and `filters` keys against its own
 * whitelist of columns before they reach SQL.
 */
export const ListQuery = z.object({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
  sort: z
    .array(z.object({ column: z.string().max(64), dir: z.enum(['asc', 'desc']) }))
    .max(3)
    .default([]),
  /** Per-column filter text, matched diacritic-insensitively on text columns. */
  filters: z.record(z.string().max(64), z.string().max(200)).default({}),
  /** The one search box: every word must appear in one of the searchable columns, diacritics ignored. */
  search: z.string().max(200).default(''),
});
export type ListQuery = z.output<typeof ListQuery>;

/** One page of a list and the count of all rows that match. */
export function listPage<T extends z.ZodType>(row: T) {
  return z.object({ total: z.number().int().min(0), rows: z.array(row) });
}

import { z } from 'zod';
import { refuseBadCharacters } from '../shared/input.schema';

/** Refuses filter keys other than `known` (null: the core's own whitelist checks them). */
function knownKeysOnly(known: readonly string[] | null) {
  return (filters: Record<string, string>, ctx: z.RefinementCtx) => {
    for (const key of Object.keys(filters)) {
      if (known && !known.includes(key)) ctx.addIssue({ code: 'custom', path: [key], message: `Không lọc được theo cột "${key}".` });
    }
  };
}

/**
 * How every grid asks for one page of a list. The core pages, sorts and filters in SQL, so the renderer
 * never holds a whole table. Each domain checks `sort[].column` and `filters` keys against its own
 * whitelist of columns before they reach SQL; a list whose filters are declared here
 * (`listQuery(['year', …])`) refuses any other key at the door.
 */
export function listQuery(filterKeys: readonly string[] | null) {
  return z.object({
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
    sort: z
      .array(z.object({ column: z.string().max(64), dir: z.enum(['asc', 'desc']) }))
      .max(3)
      .default([]),
    /** Per-column filter text, matched diacritic-insensitively on text columns. */
    filters: z
      .record(z.string().max(64), z.string().max(200).superRefine(refuseBadCharacters('Bộ lọc', false)))
      .superRefine(knownKeysOnly(filterKeys))
      .default({}),
    /** The one search box: every word must appear in one of the searchable columns, diacritics ignored. */
    search: z.string().max(200).superRefine(refuseBadCharacters('Ô tìm kiếm', false)).default(''),
  });
}

/** A list query whose filter keys the domain's core checks against its whitelist. */
export const ListQuery = listQuery(null);
export type ListQuery = z.output<typeof ListQuery>;

/** One page of a list and the count of all rows that match. */
export function listPage<T extends z.ZodType>(row: T) {
  return z.object({ total: z.number().int().min(0), rows: z.array(row) });
}

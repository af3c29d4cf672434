import { z } from 'zod';
import { OfficeId } from '../exchange/office';

/**
 * The office a record belongs to (issue 13): the id of the office whose package brought it, or this
 * database's own office (null until the office is set). Records of another office are read-only here.
 */
export const originOfficeOut = z.string().nullable();

/** The SQL of `originOfficeId` on the table aliased `alias`: a NULL origin is this database's office. */
export function originOfficeSql(alias: string): string {
  return `COALESCE(${alias}.origin_office_id, (SELECT id FROM exchange_office WHERE singleton = 1))`;
}

/** The SQL of the origin office's name: the sending office's as registered, or this database's own. */
export function originOfficeNameSql(alias: string): string {
  return `CASE WHEN ${alias}.origin_office_id IS NULL THEN (SELECT name FROM exchange_office WHERE singleton = 1)
    ELSE (SELECT name FROM exchange_offices WHERE id = ${alias}.origin_office_id) END`;
}

/** The SQL of `fromOtherOffice`: true for a record another office's package brought (read-only here). */
export function fromOtherOfficeSql(alias: string): string {
  return `(${alias}.origin_office_id IS NOT NULL)`;
}

/**
 * The origin output fields every travelling kind declares (its table has `origin_office_id`), the same
 * for every kind so one grid column and one lock rule serve them all: the office's id, its name (what
 * the grid shows), and whether it is another office (the grid then offers no edit).
 */
export function originDerived(alias: string) {
  return {
    originOfficeId: { sql: originOfficeSql(alias), out: originOfficeOut },
    originOfficeName: { sql: originOfficeNameSql(alias), out: z.string().nullable() },
    fromOtherOffice: { sql: fromOtherOfficeSql(alias), out: z.boolean() },
  };
}

/**
 * The `origin` list filter: 'own' (this office's records), 'other' (every other office's), or one
 * office's id (this office's own id included).
 */
export const OriginFilter = z.union([z.enum(['own', 'other']), OfficeId], {
  error: 'Bộ lọc nguồn phải là "own", "other" hoặc mã một cơ quan.',
});

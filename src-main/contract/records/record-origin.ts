import { z } from 'zod';

/**
 * The office a record belongs to (issue 13): the id of the office whose package brought it, or this
 * database's own office (null until the office is set). Records of another office are read-only here.
 */
export const originOfficeOut = z.string().nullable();

/** The SQL of `originOfficeId` on the table aliased `alias`: a NULL origin is this database's office. */
export function originOfficeSql(alias: string): string {
  return `COALESCE(${alias}.origin_office_id, (SELECT id FROM exchange_office WHERE singleton = 1))`;
}

/** The derived output field every travelling kind declares (its table has `origin_office_id`). */
export function originOfficeDerived(alias: string) {
  return { sql: originOfficeSql(alias), out: originOfficeOut };
}

import { AppError } from '../api/errors';
import type { ReadDb, SqlValue } from '../db/types';

/** Tables whose rows travel between offices and carry `origin_office_id` (exchange migration 141, commendations 160). */
export const ORIGIN_TABLES: readonly string[] = [
  'security_models',
  'propaganda_sessions',
  'outcomes',
  'safety_registrations',
  'commendation_decisions',
  'commendation_recipients',
];

/**
 * Ownership, not merging: a record another office made arrived in its package and only its next package
 * changes it. Here it is read-only; the refusal names the office it belongs to.
 */
export function assertOwnRecord(db: ReadDb, table: string, id: string, noun: string): void {
  if (!ORIGIN_TABLES.includes(table)) return;
  const row = db.get<{ origin: string | null; name: string | null }>(
    `SELECT t.origin_office_id AS origin, o.name AS name FROM ${table} t LEFT JOIN exchange_offices o ON o.id = t.origin_office_id WHERE t.id = ?`,
    [id],
  );
  if (!row || row.origin === null) return;
  throw new AppError(
    'FORBIDDEN',
    `${noun[0]?.toUpperCase()}${noun.slice(1)} này thuộc "${row.name ?? row.origin}" (nhận qua gói trao đổi dữ liệu): chỉ cơ quan đó sửa hoặc xoá được. Hãy đề nghị cơ quan đó sửa rồi gửi gói mới.`,
  );
}

/** Which records a report counts: all (absent), this office's own ('own'), or one office's (its id). */
export interface OriginScope {
  origin?: string | undefined;
}

/**
 * The origin filter as a condition to append (` AND …`) on `column`, with `mark` as its parameter
 * ('?' or a named ':origin'); `value` is what to bind when the condition has a parameter.
 */
export function originAnd(column: string, scope: OriginScope, mark = '?'): { sql: string; value: string | null } {
  if (scope.origin === undefined) return { sql: '', value: null };
  if (scope.origin === 'own') return { sql: ` AND ${column} IS NULL`, value: null };
  return { sql: ` AND ${column} = ${mark}`, value: scope.origin };
}

/** The parameters of a positional query with the origin condition's value appended when it has one. */
export function withOrigin(params: (string | number)[], o: { value: string | null }): (string | number)[] {
  return o.value === null ? params : [...params, o.value];
}

/**
 * The grids' origin filter on the record table aliased `alias`: 'own', 'other' or another office's id,
 * each a test of the column itself (an office's records are found through its partial index). Pass the
 * filters through ownOriginFilter first, so this office's own id reads as 'own'.
 */
export function originCondition(alias: string, value: string): { sql: string; params: SqlValue[] } {
  if (value === 'own') return { sql: `${alias}.origin_office_id IS NULL`, params: [] };
  if (value === 'other') return { sql: `${alias}.origin_office_id IS NOT NULL`, params: [] };
  return { sql: `${alias}.origin_office_id = ?`, params: [value] };
}

/** The filters with an `origin` naming this office's own id as 'own': its records hold NULL there. */
export function ownOriginFilter<F extends Readonly<Record<string, unknown>>>(db: ReadDb, filters: F): F {
  const origin = filters.origin;
  if (typeof origin !== 'string' || origin === 'own' || origin === 'other') return filters;
  const own = db.get<{ id: string }>('SELECT id FROM exchange_office WHERE singleton = 1')?.id;
  return own === origin ? { ...filters, origin: 'own' } : filters;
}

import { AppError, fieldError } from '../api/errors';
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

/** The office a report's figures were narrowed to, named for its title: this office's own records, or another's. */
export interface NamedOrigin {
  /** 'own', or the id of a registered office. */
  id: string;
  name: string;
}

/**
 * A report's origin filter checked and named: absent for every office's records; 'own' (or this office's own
 * id) for the records made here; else a registered office, refused in Vietnamese when there is none by that id.
 */
export function nameOrigin(db: ReadDb, scope: OriginScope): NamedOrigin | null {
  if (scope.origin === undefined) return null;
  const own = db.get<{ id: string; name: string }>('SELECT id, name FROM exchange_office');
  if (scope.origin === 'own' || scope.origin === own?.id) return { id: 'own', name: own?.name ?? 'đơn vị mình' };
  const office = db.get<{ name: string }>('SELECT name FROM exchange_offices WHERE id = ?', [scope.origin]);
  if (!office) {
    throw fieldError(['origin'], `Không có cơ quan mã "${scope.origin}" trong danh sách cơ quan gửi số liệu; hãy chọn lại nguồn số liệu.`);
  }
  return { id: scope.origin, name: office.name };
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

/** The parameters of a query with named ones, `:origin` added when the origin condition (`originAnd(…, ':origin')`) has a value. */
export function withNamedOrigin(params: Record<string, string | number>, o: { value: string | null }): Record<string, string | number> {
  return o.value === null ? params : { ...params, ':origin': o.value };
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

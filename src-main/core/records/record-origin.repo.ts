import { AppError } from '../api/errors';
import type { ReadDb } from '../db/types';

/**
 * Ownership, not merging: a record another office made arrived in its package and only its next package
 * changes it. Here it is read-only; the refusal names the office it belongs to.
 */
export function assertOwnRecord(db: ReadDb, table: string, id: string, noun: string): void {
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

/**
 * The SQL condition of an origin filter on `alias`'s table: 'own' is this office's records, an office id
 * that office's; null: no filter. The id is bound, never spliced.
 */
export function originWhere(alias: string, origin: string | null): { sql: string; params: string[] } {
  if (origin === null) return { sql: '1 = 1', params: [] };
  if (origin === 'own') return { sql: `${alias}.origin_office_id IS NULL`, params: [] };
  return { sql: `${alias}.origin_office_id = ?`, params: [origin] };
}

import type { ReadDb, SqlValue } from '../db/types';
import { UNIT_SUBTREE_SQL } from '../units';

/**
 * SQL condition "model `alias` was active on a date" (the SQL twin of `statusAt` in
 * security-model.rules.ts): founded by then, and its last status on or before the date is 'active'.
 * When the model's latest change (status_on) is on or before the date, that status is the answer and
 * the history is not read: most models, so a million-row count stays a plain scan.
 * Binds the date three times, positionally: params [date, date, date].
 */
export function modelActiveAtSql(alias: string): string {
  return `(${alias}.founded_on <= ? AND CASE WHEN ${alias}.status_on <= ? THEN ${alias}.status
    ELSE (SELECT e.status FROM model_status_events e WHERE e.model_id = ${alias}.id AND e.effective_on <= ?
      ORDER BY e.effective_on DESC, e.seq DESC LIMIT 1) END = 'active')`;
}

/** SQL condition "model `alias` was founded within [from, to]" (ISO dates, inclusive): params [from, to]. */
export function modelNewInSql(alias: string): string {
  return `(${alias}.founded_on BETWEEN ? AND ?)`;
}

/** Optional narrowing of model counts. */
export interface ModelCountScope {
  /** The unit and everything under it. */
  unitId?: string;
  typeId?: string;
}

/** Per model type: how many models, and their sites (điểm), teams (tổ), members and households. */
export interface ModelCountByType {
  typeId: string;
  typeName: string;
  models: number;
  sites: number;
  teams: number;
  members: number;
  households: number;
}

function countByType(db: ReadDb, condition: string, params: SqlValue[], scope: ModelCountScope): ModelCountByType[] {
  const parts = [condition];
  const all = [...params];
  if (scope.unitId) {
    parts.push(`m.unit_id IN (${UNIT_SUBTREE_SQL})`);
    all.push(scope.unitId);
  }
  if (scope.typeId) {
    parts.push('m.type_id = ?');
    all.push(scope.typeId);
  }
  return db.all<ModelCountByType>(
    `SELECT m.type_id AS typeId, t.name AS typeName, COUNT(*) AS models, COALESCE(SUM(m.sites), 0) AS sites,
       COALESCE(SUM(m.teams), 0) AS teams, COALESCE(SUM(m.members), 0) AS members, COALESCE(SUM(m.households), 0) AS households
     FROM security_models m JOIN catalogue_entries t ON t.id = m.type_id
     WHERE ${parts.join(' AND ')} GROUP BY m.type_id ORDER BY t.sort_order, t.name`,
    all,
  );
}

/** Models active on `isoDate`, counted per type ("đang hoạt động tại ngày D"). */
export function countModelsActiveAt(db: ReadDb, isoDate: string, scope: ModelCountScope = {}): ModelCountByType[] {
  return countByType(db, modelActiveAtSql('m'), [isoDate, isoDate, isoDate], scope);
}

/** Models founded within [from, to], counted per type ("xây dựng mới trong kỳ"). */
export function countModelsNewIn(db: ReadDb, from: string, to: string, scope: ModelCountScope = {}): ModelCountByType[] {
  return countByType(db, modelNewInSql('m'), [from, to], scope);
}

import type { ListQuery } from '../api/list-query';
import type { ReadDb } from '../db/types';
import { addFilters, orderBy, UNIT_SUBTREE_SQL, Where, type FilterColumn } from '../units';
import type { ModelStatus, SecurityModel } from './security-model';
import { MODEL_SELECT, toModel, type ModelRow } from './models.repo';

/** Narrowing of the models list besides the grid's own filters. */
export interface ModelScope {
  typeId?: string;
  /** The unit and everything under it (a commune's residential areas and organisations). */
  unitId?: string;
  status?: ModelStatus;
}

/** Sortable columns. Text columns sort on indexed `*_sort` keys (Vietnamese order). */
const SORT = {
  name: 'm.name_sort',
  leader: 'm.leader_sort',
  foundedOn: 'm.founded_on',
  status: 'm.status',
  statusOn: 'm.status_on',
  sites: 'm.sites',
  teams: 'm.teams',
  members: 'm.members',
  households: 'm.households',
  createdAt: 'm.created_at',
  updatedAt: 'm.updated_at',
  // Joined columns: not index-backed, so slower on very large lists.
  typeName: 't.sort_order',
  unitName: 'u.name_sort',
  hostOrganisationName: 'h.sort_order',
} as const;

const FILTERS: Record<string, FilterColumn> = {
  name: { kind: 'folded', expr: 'm.name_search' },
  leader: { kind: 'folded', expr: 'm.leader_search' },
  unitName: { kind: 'folded', expr: 'u.name_search' },
  typeName: { kind: 'folded', expr: 't.name_search' },
  hostOrganisationName: { kind: 'folded', expr: 'h.name_search' },
  typeId: { kind: 'exact', expr: 'm.type_id' },
  hostOrganisationId: { kind: 'exact', expr: 'm.host_organisation_id' },
  status: { kind: 'exact', expr: 'm.status' },
  // A prefix of an ISO date: '2017' is a year, '2017-08' a month.
  foundedOn: { kind: 'prefix', expr: 'm.founded_on' },
  statusOn: { kind: 'prefix', expr: 'm.status_on' },
};

/** The search box: every word in the model's name, its leader or its unit's name. */
const SEARCH = ["m.name_search LIKE ? ESCAPE '\\'", "m.leader_search LIKE ? ESCAPE '\\'", "m.unit_id IN (SELECT id FROM units WHERE name_search LIKE ? ESCAPE '\\')"];

function buildWhere(q: ListQuery, scope: ModelScope): Where {
  const where = new Where();
  if (scope.typeId) where.add('m.type_id = ?', scope.typeId);
  if (scope.status) where.add('m.status = ?', scope.status);
  if (scope.unitId) where.add(`m.unit_id IN (${UNIT_SUBTREE_SQL})`, scope.unitId);
  addFilters(where, q.filters, FILTERS);
  where.search(q.search, SEARCH);
  return where;
}

/** The joins a COUNT needs: only those the filters touch, so an unfiltered count reads one index. */
function countJoins(q: ListQuery): string {
  const keys = Object.keys(q.filters);
  const joins: string[] = [];
  if (keys.includes('unitName')) joins.push('JOIN units u ON u.id = m.unit_id');
  if (keys.includes('typeName')) joins.push('JOIN catalogue_entries t ON t.id = m.type_id');
  if (keys.includes('hostOrganisationName')) joins.push('LEFT JOIN catalogue_entries h ON h.id = m.host_organisation_id');
  return joins.join(' ');
}

/** One page of models and the count of all that match. */
export function listModels(db: ReadDb, q: ListQuery, scope: ModelScope): { total: number; rows: SecurityModel[] } {
  const where = buildWhere(q, scope);
  const total = db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM security_models m ${countJoins(q)} ${where.toSql()}`, where.params)?.n ?? 0;
  const order = orderBy(q.sort, SORT, 'm.name_sort', 'm.id');
  const rows = db.all<ModelRow>(`${MODEL_SELECT} ${where.toSql()} ${order} LIMIT ? OFFSET ?`, [...where.params, q.limit, q.offset]);
  return { total, rows: rows.map(toModel) };
}

import { AppError } from '../api/errors';
import type { ListQuery } from '../../contract/list-query';
import type { ReadDb } from '../db/types';
import { formatVnNumber } from '../../shared/vn-number';
import { foldForSearch } from '../text/fold';
import { Where } from '../db/where';
import { addFilters, orderBy, UNIT_SUBTREE_SQL, type FilterColumn } from '../units';
import { ftsColumnQuery } from './fts-query';
import { addSearch, FTS_HIT } from './models-search.repo';
import { modelActiveAtSql } from './models-report.repo';
import type { ModelStatus, SecurityModel } from '../../contract/models/security-model';
import { modelSelect, toModel, type ModelRow } from './models.repo';
import { OriginFilter } from '../../contract/records/record-origin';
import { originCondition, ownOriginFilter } from '../records/record-origin.repo';

/** Narrowing of the models list besides the grid's own filters. */
export interface ModelScope {
  typeId?: string;
  /** The unit and everything under it (a commune's residential areas and organisations). */
  unitId?: string;
  status?: ModelStatus;
  /** Only models active on this ISO date (from the status history). */
  activeOn?: string;
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
  // Joined columns: not index-backed; refused above MAX_JOIN_SORT_ROWS matching rows.
  typeName: 't.sort_order',
  unitName: 'u.name_sort',
  hostOrganisationName: 'h.sort_order',
} as const;

function ftsFilter(column: 'name' | 'leader'): FilterColumn {
  return {
    kind: 'custom',
    build: (value) => {
      const match = ftsColumnQuery(column, foldForSearch(value));
      return match ? { sql: FTS_HIT, params: [match] } : null;
    },
  };
}

const FILTERS: Record<string, FilterColumn> = {
  name: ftsFilter('name'),
  leader: ftsFilter('leader'),
  unitName: { kind: 'folded', expr: 'u.name_search' },
  typeName: { kind: 'folded', expr: 't.name_search' },
  hostOrganisationName: { kind: 'folded', expr: 'h.name_search' },
  typeId: { kind: 'exact', expr: 'm.type_id' },
  hostOrganisationId: { kind: 'exact', expr: 'm.host_organisation_id' },
  status: { kind: 'exact', expr: 'm.status' },
  // A prefix of an ISO date: '2017' is a year, '2017-08' a month.
  foundedOn: { kind: 'prefix', expr: 'm.founded_on' },
  statusOn: { kind: 'prefix', expr: 'm.status_on' },
  origin: { kind: 'custom', build: (value) => originCondition('m', parseOrigin(value)) },
};

/** The origin filter's text checked like the other kinds' (OriginFilter) before it reaches SQL. */
function parseOrigin(value: string): string {
  const parsed = OriginFilter.safeParse(value);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? 'Bộ lọc nguồn không hợp lệ.';
  throw new AppError('VALIDATION', message, [{ path: ['filters', 'origin'], message }]);
}

/** The list's conditions; `ftsOnly` is the search's FTS query when it is the only condition. */
function buildWhere(db: ReadDb, q: ListQuery, scope: ModelScope): { where: Where; ftsOnly: string | null } {
  const where = new Where();
  if (scope.typeId) where.add('m.type_id = ?', scope.typeId);
  if (scope.status) where.add('m.status = ?', scope.status);
  if (scope.unitId) where.add(`m.unit_id IN (${UNIT_SUBTREE_SQL})`, scope.unitId);
  if (scope.activeOn) where.add(modelActiveAtSql('m'), scope.activeOn, scope.activeOn, scope.activeOn);
  addFilters(where, q.filters, FILTERS);
  const before = where.parts.length;
  const match = addSearch(db, where, q.search);
  return { where, ftsOnly: match !== null && before === 0 && where.parts.length === 1 ? match : null };
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

/** The index that serves each single-column sort, for the broad-search plan below. */
const SORT_INDEX: Readonly<Record<string, string>> = {
  name: 'security_models_name_sort',
  leader: 'security_models_leader_sort',
  foundedOn: 'security_models_founded',
  updatedAt: 'security_models_updated',
};

/** A search matching more than this share of all models is "broad". */
const BROAD_SHARE = 0.05;

/**
 * How to read the page. Conditions matching a large share of a big table are faster walking the sort
 * index and testing each row (it stops after one page) than sorting every match; narrow ones are
 * faster the other way, which is SQLite's own choice.
 */
function indexHint(db: ReadDb, q: ListQuery, where: Where, total: number): string {
  const column = q.sort.length === 0 ? 'name' : q.sort.length === 1 ? q.sort[0]!.column : '';
  const index = Object.hasOwn(SORT_INDEX, column) ? SORT_INDEX[column] : undefined;
  if (!index || where.parts.length === 0) return '';
  // MAX(seq) reads one b-tree edge: a free estimate of the table's size.
  const size = db.get<{ n: number | null }>('SELECT MAX(seq) AS n FROM security_models')?.n ?? 0;
  return total > size * BROAD_SHARE ? `INDEXED BY ${index}` : '';
}

/** Sorts on a joined table's column: no index serves them, so they sort every matching row. */
const JOIN_SORTS = new Set(['typeName', 'unitName', 'hostOrganisationName']);
/** Above this many rows such a sort takes seconds; the clerk is asked to filter first. */
const MAX_JOIN_SORT_ROWS = 100_000;

export function assertJoinSortAffordable(q: ListQuery, total: number): void {
  if (total <= MAX_JOIN_SORT_ROWS || !q.sort.some((s) => JOIN_SORTS.has(s.column))) return;
  const message = `Danh sách có ${formatVnNumber(total)} mô hình: hãy lọc bớt (theo loại, địa bàn, trạng thái…) xuống dưới ${formatVnNumber(MAX_JOIN_SORT_ROWS)} trước khi sắp xếp theo cột này.`;
  throw new AppError('VALIDATION', message, [{ path: ['sort'], message }]);
}

/** One page of models and the count of all that match. */
export function listModels(db: ReadDb, asked: ListQuery, scope: ModelScope): { total: number; rows: SecurityModel[] } {
  const q = { ...asked, filters: ownOriginFilter(db, asked.filters) };
  const { where, ftsOnly } = buildWhere(db, q, scope);
  // With the search as the only condition, the FTS index counts its matches without touching the table.
  const total = ftsOnly
    ? (db.get<{ n: number }>('SELECT COUNT(*) AS n FROM security_models_fts WHERE security_models_fts MATCH ?', [ftsOnly])?.n ?? 0)
    : (db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM security_models m ${countJoins(q)} ${where.toSql()}`, where.params)?.n ?? 0);
  assertJoinSortAffordable(q, total);
  // seq (the rowid) ends every index entry, so it breaks ties without a separate sort.
  const order = orderBy(q.sort, SORT, 'm.name_sort', 'm.seq');
  const rows = db.all<ModelRow>(`${modelSelect(indexHint(db, q, where, total))} ${where.toSql()} ${order} LIMIT ? OFFSET ?`, [
    ...where.params,
    q.limit,
    q.offset,
  ]);
  return { total, rows: rows.map(toModel) };
}

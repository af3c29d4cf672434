import type { ListQuery } from '../api/list-query';
import type { ReadDb } from '../db/types';
import { foldForSearch, searchPatterns } from '../text/fold';
import { addFilters, orderBy, UNIT_SUBTREE_SQL, Where, type FilterColumn } from '../units';
import { ftsColumnQuery, ftsPrefixPhrase } from './fts-query';
import { modelActiveAtSql } from './models-report.repo';
import type { ModelStatus, SecurityModel } from './security-model';
import { MODEL_SELECT, toModel, type ModelRow } from './models.repo';

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
  // Joined columns: not index-backed, so slower on very large lists.
  typeName: 't.sort_order',
  unitName: 'u.name_sort',
  hostOrganisationName: 'h.sort_order',
} as const;

const FTS_HIT = 'm.seq IN (SELECT docid FROM security_models_fts WHERE security_models_fts MATCH ?)';
const UNIT_NAME_HIT = "m.unit_id IN (SELECT id FROM units WHERE name_search LIKE ? ESCAPE '\\')";

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
};

/** More units than this matching one word: match them by a subquery instead of listing their ids. */
const MAX_UNIT_IDS = 200;

/**
 * The search box: every word must start a word of the model's name or leader (FTS index), or appear
 * in its unit's name. Units are few, so their matches are looked up first: words no unit name contains
 * (the usual case) go into one FTS query, which intersects them inside the index; an OR with the
 * units costs a row-set merge, so it is paid only for words that need it.
 */
function addSearch(db: ReadDb, where: Where, text: string): void {
  const words = foldForSearch(text).split(' ').filter((w) => w.length > 0);
  const patterns = searchPatterns(text);
  const ftsOnly: string[] = [];
  words.forEach((word, i) => {
    const phrase = ftsPrefixPhrase(word);
    const pattern = patterns[i] ?? '';
    const units = db.all<{ id: string }>(`SELECT id FROM units WHERE name_search LIKE ? ESCAPE '\\' LIMIT ${MAX_UNIT_IDS + 1}`, [pattern]).map((u) => u.id);
    if (units.length === 0 && phrase) ftsOnly.push(phrase);
    else if (units.length === 0) where.add('0');
    else {
      const unitHit = units.length > MAX_UNIT_IDS ? { sql: UNIT_NAME_HIT, params: [pattern] } : { sql: `m.unit_id IN (${units.map(() => '?').join(', ')})`, params: units };
      if (phrase) where.add(`(${FTS_HIT} OR ${unitHit.sql})`, phrase, ...unitHit.params);
      else where.add(unitHit.sql, ...unitHit.params);
    }
  });
  if (ftsOnly.length > 0) where.add(FTS_HIT, ftsOnly.join(' '));
}

function buildWhere(db: ReadDb, q: ListQuery, scope: ModelScope): Where {
  const where = new Where();
  if (scope.typeId) where.add('m.type_id = ?', scope.typeId);
  if (scope.status) where.add('m.status = ?', scope.status);
  if (scope.unitId) where.add(`m.unit_id IN (${UNIT_SUBTREE_SQL})`, scope.unitId);
  if (scope.activeOn) where.add(modelActiveAtSql('m'), scope.activeOn, scope.activeOn, scope.activeOn);
  addFilters(where, q.filters, FILTERS);
  addSearch(db, where, q.search);
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
  const where = buildWhere(db, q, scope);
  const total = db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM security_models m ${countJoins(q)} ${where.toSql()}`, where.params)?.n ?? 0;
  const order = orderBy(q.sort, SORT, 'm.name_sort', 'm.id');
  const rows = db.all<ModelRow>(`${MODEL_SELECT} ${where.toSql()} ${order} LIMIT ? OFFSET ?`, [...where.params, q.limit, q.offset]);
  return { total, rows: rows.map(toModel) };
}

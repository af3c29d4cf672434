import type { ListQuery } from '../api/list-query';
import type { ReadDb, SqlValue } from '../db/types';
import { foldForSearch } from '../text/fold';
import { ftsColumnQuery, ftsPrefixPhrase } from './record-list';
import { queryPage, unitSubtreeCondition, type PageSql } from './record-list.repo';
import { SESSION_NAME_JOINS, SESSION_SELECT } from './sessions.repo';
import type { Session, SessionFilters } from './session';

/** API sort column → SQL; text columns sort on their Vietnamese `*_sort` key. */
const SORT_SQL: Readonly<Record<string, readonly string[]>> = {
  heldOn: ['s.held_on'],
  unitName: ['u.name_sort', 'u.rowid', 's.held_on'],
  topic: ['s.topic_sort'],
  presenter: ['s.presenter_sort'],
  attendees: ['s.attendees'],
  householdsCommitted: ['s.households_committed'],
  materialsDistributed: ['s.materials_distributed'],
  updatedAt: ['s.updated_at'],
};

const FTS_HIT = 's.seq IN (SELECT docid FROM propaganda_sessions_fts WHERE propaganda_sessions_fts MATCH ?)';
const FTS_COUNT = 'SELECT COUNT(*) AS n FROM propaganda_sessions_fts WHERE propaganda_sessions_fts MATCH ?';

interface Condition {
  sql: string;
  params: SqlValue[];
  /** The same test written so SQLite will not pick an index for it (see PageSql.denseWhere). */
  dense?: string;
}

/** One page of sessions, filtered, sorted and searched in SQL. */
export function listSessions(db: ReadDb, query: ListQuery, filters: SessionFilters): { total: number; rows: Session[] } {
  const sort: ListQuery['sort'] = query.sort.length > 0 ? query.sort : [{ column: 'heldOn', dir: 'desc' }];
  const conditions = [...filterConditions(filters, sort[0]?.column !== 'heldOn'), ...searchConditions(query.search)];
  return queryPage<Session>(db, {
    select: SESSION_SELECT,
    table: 'propaganda_sessions',
    alias: 's',
    nameJoins: SESSION_NAME_JOINS,
    where: conditions.map((c) => c.sql),
    params: conditions.flatMap((c) => c.params),
    sort,
    sortSql: SORT_SQL,
    limit: query.limit,
    offset: query.offset,
    count: cheapCount(conditions),
    denseWhere: conditions.map((c) => c.dense ?? c.sql),
  });
}

/**
 * The count without scanning, where possible: the trigger-kept row count for an unfiltered list, the
 * FTS index alone for a search alone (every FTS row is a session).
 */
function cheapCount(conditions: Condition[]): PageSql['count'] {
  if (conditions.length === 0) return { sql: 'SELECT n FROM propaganda_sessions_count WHERE id = 1', params: [] };
  const only = conditions.length === 1 ? conditions[0] : undefined;
  return only?.sql === FTS_HIT ? { sql: FTS_COUNT, params: only.params } : undefined;
}

/** `sortedElsewhere`: the page is not sorted by date, so a date range may be left to a filter when many rows match. */
function filterConditions(filters: SessionFilters, sortedElsewhere: boolean): Condition[] {
  const out: Condition[] = [];
  const add = (sql: string, ...params: SqlValue[]) => out.push({ sql, params });
  const addDate = (sql: string, ...params: SqlValue[]) => out.push({ sql, params, dense: sortedElsewhere ? `+${sql}` : undefined });
  if (filters.unitId) add(unitSubtreeCondition('s.unit_id'), filters.unitId);
  if (filters.from) addDate('s.held_on >= ?', filters.from);
  if (filters.to) addDate('s.held_on <= ?', filters.to);
  if (filters.year !== undefined) addDate('s.held_on BETWEEN ? AND ?', `${filters.year}-01-01`, `${filters.year}-12-31`);
  if (filters.formId) add('s.form_id = ?', filters.formId);
  if (filters.venueKindId) add('s.venue_kind_id = ?', filters.venueKindId);
  if (filters.modelId) add('s.model_id = ?', filters.modelId);
  for (const column of ['topic', 'presenter', 'note'] as const) {
    const text = filters[column];
    const match = text ? ftsColumnQuery(column, foldForSearch(text)) : null;
    if (match) out.push({ sql: FTS_HIT, params: [match], dense: `+${FTS_HIT}` });
  }
  return out;
}

/**
 * The search box: every word a word prefix in the topic, presenter, note or unit name. All words go
 * into one FTS query, which intersects them inside the index.
 */
function searchConditions(search: string): Condition[] {
  const phrases = foldForSearch(search)
    .split(' ')
    .map(ftsPrefixPhrase)
    .filter((p): p is string => p !== null);
  return phrases.length === 0 ? [] : [{ sql: FTS_HIT, params: [phrases.join(' ')], dense: `+${FTS_HIT}` }];
}

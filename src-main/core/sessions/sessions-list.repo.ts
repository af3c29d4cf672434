import type { ListQuery } from '../api/list-query';
import type { ReadDb, SqlValue } from '../db/types';
import { foldForSearch } from '../text/fold';
import { ftsColumnQuery, ftsPrefixPhrase } from './record-list';
import { queryPage, unitSubtreeCondition } from './record-list.repo';
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
}

/** One page of sessions, filtered, sorted and searched in SQL. */
export function listSessions(db: ReadDb, query: ListQuery, filters: SessionFilters): { total: number; rows: Session[] } {
  const conditions = [...filterConditions(filters), ...searchConditions(query.search)];
  const only = conditions.length === 1 ? conditions[0] : undefined;
  return queryPage<Session>(db, {
    select: SESSION_SELECT,
    table: 'propaganda_sessions',
    alias: 's',
    nameJoins: SESSION_NAME_JOINS,
    where: conditions.map((c) => c.sql),
    params: conditions.flatMap((c) => c.params),
    sort: query.sort.length > 0 ? query.sort : [{ column: 'heldOn', dir: 'desc' }],
    sortSql: SORT_SQL,
    limit: query.limit,
    offset: query.offset,
    // Every FTS row is a session, so a search alone is counted in the index without touching the table.
    count: only?.sql === FTS_HIT ? { sql: FTS_COUNT, params: only.params } : undefined,
    denseWhere: conditions.map((c) => c.sql.replaceAll(FTS_HIT, `+${FTS_HIT}`)),
  });
}

function filterConditions(filters: SessionFilters): Condition[] {
  const out: Condition[] = [];
  const add = (sql: string, ...params: SqlValue[]) => out.push({ sql, params });
  if (filters.unitId) add(unitSubtreeCondition('s.unit_id'), filters.unitId);
  if (filters.from) add('s.held_on >= ?', filters.from);
  if (filters.to) add('s.held_on <= ?', filters.to);
  if (filters.year !== undefined) add('s.held_on BETWEEN ? AND ?', `${filters.year}-01-01`, `${filters.year}-12-31`);
  if (filters.formId) add('s.form_id = ?', filters.formId);
  if (filters.venueKindId) add('s.venue_kind_id = ?', filters.venueKindId);
  if (filters.modelId) add('s.model_id = ?', filters.modelId);
  for (const column of ['topic', 'presenter', 'note'] as const) {
    const text = filters[column];
    const match = text ? ftsColumnQuery(column, foldForSearch(text)) : null;
    if (match) add(FTS_HIT, match);
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
  return phrases.length === 0 ? [] : [{ sql: FTS_HIT, params: [phrases.join(' ')] }];
}

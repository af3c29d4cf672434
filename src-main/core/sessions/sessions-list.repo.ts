import type { ListQuery } from '../../contract/list-query';
import type { ReadDb, SqlValue } from '../db/types';
import { foldForSearch } from '../text/fold';
import { ftsColumnQuery, ftsPrefixPhrase, type PageSql, queryPage, unitSubtreeCondition } from '../records';
import { SESSION_NAME_JOINS, SESSION_SELECT } from './sessions.repo';
import type { Session, SessionFilters } from '../../contract/sessions/session';

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
  // Names reached through another table, and the note, have no stored key here: vi_sort (db/engine.ts)
  // orders them at query time, which a filtered list does quickly and a whole million-row list slowly.
  venueKindName: ['vi_sort((SELECT name FROM catalogue_entries WHERE id = s.venue_kind_id))'],
  formName: ['vi_sort((SELECT name FROM catalogue_entries WHERE id = s.form_id))'],
  modelName: ['(SELECT name_sort FROM security_models WHERE id = s.model_id)'],
  note: ['vi_sort(s.note)'],
};

/** Sessions whose seq is in a JSON array bound to it: the FTS hits, fetched once per list call. */
const IN_HITS = 's.seq IN (SELECT value FROM json_each(?))';

/** From this many FTS hits on, another filter's index is the better driver. */
const MANY_HITS = 20_000;

interface Condition {
  sql: string;
  params: SqlValue[];
  /** The same test written so SQLite will not pick an index for it (see PageSql.denseWhere). */
  dense?: string;
}

/** One page of sessions, filtered, sorted and searched in SQL. */
export function listSessions(db: ReadDb, query: ListQuery, filters: SessionFilters): { total: number; rows: Session[] } {
  const sort: ListQuery['sort'] = query.sort.length > 0 ? query.sort : [{ column: 'heldOn', dir: 'desc' }];
  const conditions = filterConditions(filters, sort[0]?.column !== 'heldOn');
  let count: PageSql['count'] = conditions.length === 0 ? { sql: 'SELECT n FROM propaganda_sessions_count WHERE id = 1', params: [] } : undefined;
  const match = ftsMatch(filters, query.search);
  if (match !== null) {
    const hits = ftsHits(db, match);
    // Many hits beside another filter: let that filter's index drive and probe the hits, rather than
    // fetching every hit's row to test the filter.
    const hitsDrive = conditions.length === 0 || hits.n < MANY_HITS;
    conditions.push(hits.n === 0 ? { sql: '0', params: [] } : { sql: hitsDrive ? IN_HITS : `+${IN_HITS}`, params: [`[${hits.ids}]`], dense: `+${IN_HITS}` });
    // Every FTS row is a session, so a search alone is counted by the FTS query itself.
    count = conditions.length === 1 ? { sql: 'SELECT ? AS n', params: [hits.n] } : undefined;
  }
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
    count,
    denseWhere: conditions.map((c) => c.dense ?? c.sql),
  });
}

/**
 * Runs the FTS query once and returns its hits as one comma-separated string (group_concat: one row
 * to read, not thousands); the count and the page then both use that list instead of querying the
 * index twice.
 */
function ftsHits(db: ReadDb, match: string): { n: number; ids: string } {
  const r = db.get<{ n: number; ids: string | null }>(
    'SELECT COUNT(*) AS n, group_concat(docid) AS ids FROM propaganda_sessions_fts WHERE propaganda_sessions_fts MATCH ?',
    [match],
  );
  return { n: r?.n ?? 0, ids: r?.ids ?? '' };
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
  return out;
}

/**
 * The column filters (topic, presenter, note: each token a prefix in that column) and the search box
 * (every word a prefix in the topic, presenter, note or unit name) as one FTS query, intersected
 * inside the index; null when there is nothing to match.
 */
function ftsMatch(filters: SessionFilters, search: string): string | null {
  const parts: string[] = [];
  for (const column of ['topic', 'presenter', 'note'] as const) {
    const text = filters[column];
    const q = text ? ftsColumnQuery(column, foldForSearch(text)) : null;
    if (q) parts.push(q);
  }
  for (const word of foldForSearch(search).split(' ')) {
    const phrase = ftsPrefixPhrase(word);
    if (phrase) parts.push(phrase);
  }
  return parts.length === 0 ? null : parts.join(' ');
}

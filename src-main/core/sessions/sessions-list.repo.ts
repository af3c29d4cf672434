import type { ListQuery } from '../api/list-query';
import type { ReadDb, SqlValue } from '../db/types';
import { foldForSearch, searchPatterns } from '../text/fold';
import { ftsColumnQuery, ftsPrefixPhrase } from './record-list';
import { orderByClause, queryPage, unitIdsMatching, unitNameCondition, unitOrderedFrom, unitSubtreeCondition } from './record-list.repo';
import { SESSION_JOINS, SESSION_NAME_JOINS, SESSION_SELECT } from './sessions.repo';
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
/** Above this many units matching a word, the unit test runs as a subquery rather than an id list. */
const MAX_UNIT_IDS = 500;

interface Condition {
  sql: string;
  params: SqlValue[];
}

/** One page of sessions. Search: every word is a word prefix in topic, presenter or note, or part of the unit's name. */
export function listSessions(db: ReadDb, query: ListQuery, filters: SessionFilters): { total: number; rows: Session[] } {
  const conditions = [...filterConditions(filters), ...searchConditions(db, query.search)];
  const sort = query.sort.length > 0 ? query.sort : [{ column: 'heldOn', dir: 'desc' as const }];
  return queryPage<Session>(db, {
    select: SESSION_SELECT,
    table: 'propaganda_sessions s',
    joins: SESSION_JOINS,
    from: sort[0]?.column === 'unitName' ? unitOrderedFrom('propaganda_sessions', 's', SESSION_NAME_JOINS) : undefined,
    where: conditions.map((c) => c.sql),
    params: conditions.flatMap((c) => c.params),
    orderBy: orderByClause(sort, SORT_SQL, 's.seq'),
    limit: query.limit,
    offset: query.offset,
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
 * The search box. Words that no unit name contains go into one FTS query, which intersects them
 * inside the index (fast on a million rows); a word that some unit names contain may match either the
 * text or those units, so it gets its own condition.
 */
function searchConditions(db: ReadDb, search: string): Condition[] {
  const patterns = searchPatterns(search);
  const textOnly: string[] = [];
  const out: Condition[] = [];
  foldForSearch(search)
    .split(' ')
    .forEach((word, i) => {
      const phrase = ftsPrefixPhrase(word);
      const pattern = patterns[i];
      if (!phrase || pattern === undefined) return;
      const units = unitIdsMatching(db, pattern, MAX_UNIT_IDS + 1);
      if (units.length === 0) textOnly.push(phrase);
      else if (units.length > MAX_UNIT_IDS) out.push({ sql: `(${FTS_HIT} OR ${unitNameCondition('s.unit_id')})`, params: [phrase, pattern] });
      else out.push({ sql: `(${FTS_HIT} OR s.unit_id IN (${units.map(() => '?').join(', ')}))`, params: [phrase, ...units] });
    });
  if (textOnly.length > 0) out.unshift({ sql: FTS_HIT, params: [textOnly.join(' ')] });
  return out;
}

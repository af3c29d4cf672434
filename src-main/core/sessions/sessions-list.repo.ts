import type { ListQuery } from '../api/list-query';
import type { ReadDb, SqlValue } from '../db/types';
import { foldForSearch, searchPatterns } from '../text/fold';
import { ftsColumnQuery, ftsPrefixPhrase } from './record-list';
import { orderByClause, queryPage, unitNameCondition, unitSubtreeCondition, type PageSql } from './record-list.repo';
import { SESSION_JOINS, SESSION_SELECT } from './sessions.repo';
import type { Session, SessionFilters } from './session';

/** API sort column → SQL; text columns sort on their Vietnamese `*_sort` key. */
const SORT_SQL: Readonly<Record<string, string>> = {
  heldOn: 's.held_on',
  unitName: 'u.name_sort',
  topic: 's.topic_sort',
  presenter: 's.presenter_sort',
  attendees: 's.attendees',
  householdsCommitted: 's.households_committed',
  materialsDistributed: 's.materials_distributed',
  updatedAt: 's.updated_at',
};

const FTS_HIT = 's.seq IN (SELECT docid FROM propaganda_sessions_fts WHERE propaganda_sessions_fts MATCH ?)';

/** One page of sessions. Search: every word is a word prefix in topic, presenter or note, or part of the unit's name. */
export function listSessions(db: ReadDb, query: ListQuery, filters: SessionFilters): { total: number; rows: Session[] } {
  const where: string[] = [];
  const params: SqlValue[] = [];
  const add = (sql: string, ...values: SqlValue[]) => {
    where.push(sql);
    params.push(...values);
  };
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
  const likes = searchPatterns(query.search);
  foldForSearch(query.search)
    .split(' ')
    .forEach((word, i) => {
      const phrase = ftsPrefixPhrase(word);
      if (phrase) add(`(${FTS_HIT} OR ${unitNameCondition('s.unit_id')})`, phrase, likes[i] ?? '');
    });
  const sort = query.sort.length > 0 ? query.sort : [{ column: 'heldOn', dir: 'desc' as const }];
  const page: PageSql = {
    select: SESSION_SELECT,
    table: 'propaganda_sessions s',
    joins: SESSION_JOINS,
    where,
    params,
    orderBy: orderByClause(sort, SORT_SQL, 's.seq'),
    limit: query.limit,
    offset: query.offset,
  };
  return queryPage<Session>(db, page);
}

import type { ListQuery } from '../../contract/list-query';
import type { ReadDb } from '../db/types';
import { Where } from '../db/where';
import { queryPage, unitNameCondition, unitSubtreeCondition } from '../records';
import type { Outcome, OutcomeFilters } from '../../contract/outcomes/outcome';
import { OUTCOME_NAME_JOINS, OUTCOME_SELECT } from './outcomes.repo';

/** Newest month first, units in Vietnamese order within it. */
const DEFAULT_SORT: ListQuery['sort'] = [
  { column: 'period', dir: 'desc' },
  { column: 'unitName', dir: 'asc' },
];

const SORT_SQL: Readonly<Record<string, readonly string[]>> = {
  period: ['o.period'],
  unitName: ['u.name_sort', 'u.rowid', 'o.period'],
  tipsReceived: ['o.tips_received'],
  valuableTips: ['o.valuable_tips'],
  casesSolved: ['o.cases_solved'],
  suspectsArrested: ['o.suspects_arrested'],
  weaponsHandedIn: ['o.weapons_handed_in'],
  updatedAt: ['o.updated_at'],
  // No stored key for these: vi_sort (db/engine.ts) orders them at query time.
  modelName: ['(SELECT name_sort FROM security_models WHERE id = o.model_id)'],
  note: ['vi_sort(o.note)'],
};

/**
 * One page of outcomes. Search: every word is part of the note or of the unit's name (LIKE over folded
 * text: a province's rows are units × months, about 18,000 a year, small enough to scan).
 */
export function listOutcomes(db: ReadDb, query: ListQuery, filters: OutcomeFilters): { total: number; rows: Outcome[] } {
  const where = new Where();
  if (filters.unitId) where.add(unitSubtreeCondition('o.unit_id'), filters.unitId);
  if (filters.period) where.add('o.period = ?', filters.period);
  if (filters.from) where.add('o.period >= ?', filters.from);
  if (filters.to) where.add('o.period <= ?', filters.to);
  if (filters.year !== undefined) where.add('o.period BETWEEN ? AND ?', `${filters.year}-01`, `${filters.year}-12`);
  if (filters.modelId) where.add('o.model_id = ?', filters.modelId);
  where.search(filters.note ?? '', ["o.note_search LIKE ? ESCAPE '\\'"]);
  where.search(query.search, ["o.note_search LIKE ? ESCAPE '\\'", unitNameCondition('o.unit_id')]);
  return queryPage<Outcome>(db, {
    select: OUTCOME_SELECT,
    table: 'outcomes',
    alias: 'o',
    nameJoins: OUTCOME_NAME_JOINS,
    where: where.parts,
    params: where.params,
    sort: query.sort.length > 0 ? query.sort : DEFAULT_SORT,
    sortSql: SORT_SQL,
    limit: query.limit,
    offset: query.offset,
  });
}

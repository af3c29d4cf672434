import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { queryPage, type PageSql } from '../../../src-main/core/records';
import { callOk, clerk, makeTestCore } from '../../fixtures/core';
import { FORM_TALK, VENUE_RESIDENTIAL, aUnitTree, testClock } from '../../fixtures/records';

describe('queryPage', () => {
  let core: Core;
  beforeEach(async () => {
    core = await makeTestCore({ clock: testClock });
    const units = aUnitTree(core);
    for (let i = 0; i < 30; i += 1) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      await callOk(
        core,
        'sessions.create',
        {
          heldOn: `2026-0${1 + (i % 9)}-${day}`,
          unitId: i % 2 ? units.area : units.school,
          venueKindId: VENUE_RESIDENTIAL,
          formId: FORM_TALK,
          topic: `Chủ đề ${i % 3 === 0 ? 'ma túy' : 'cư trú'} ${i}`,
        },
        clerk,
      );
    }
  });
  afterEach(() => core.close());

  const page = (over: Partial<PageSql>) =>
    queryPage<{ id: string }>(core.env.store, {
      select: 's.id AS id',
      table: 'propaganda_sessions',
      alias: 's',
      nameJoins: '',
      where: ['s.seq IN (SELECT docid FROM propaganda_sessions_fts WHERE propaganda_sessions_fts MATCH ?)'],
      params: ['"tuy*"'],
      sort: [{ column: 'heldOn', dir: 'desc' }],
      sortSql: { heldOn: ['s.held_on'], unitName: ['u.name_sort', 'u.rowid', 's.held_on'] },
      limit: 4,
      offset: 2,
      denseWhere: ['+s.seq IN (SELECT docid FROM propaganda_sessions_fts WHERE propaganda_sessions_fts MATCH ?)'],
      ...over,
    });

  it('returns the same page whether it sorts the matches or walks the sort index (many matches)', () => {
    for (const sort of [[{ column: 'heldOn', dir: 'desc' }], [{ column: 'unitName', dir: 'asc' }]] as const) {
      const sparse = page({ sort: [...sort], denseFrom: 1_000_000 });
      const dense = page({ sort: [...sort], denseFrom: 1 });
      expect(sparse.total).toBe(10);
      expect(dense).toEqual(sparse);
      expect(sparse.rows).toHaveLength(4);
    }
  });

  it('pages an unfiltered list the same way', () => {
    const all = page({ where: [], params: [], denseWhere: [], denseFrom: 1 });
    expect(all.total).toBe(30);
    expect(all.rows).toHaveLength(4);
  });

  it('answers an empty page past the end without querying rows', () => {
    expect(page({ offset: 10 })).toEqual({ total: 10, rows: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src-main/core/app/domains';
import { Engine } from '../../../src-main/core/db/engine';
import { applyMigrations } from '../../../src-main/core/db/migrations';
import { loadSqlJs } from '../../../src-main/core/db/sqljs';
import { FORM_TALK, VENUE_RESIDENTIAL } from '../../fixtures/records';

describe('migration 31 (unit name in the sessions search index)', () => {
  it('carries over the folded text of sessions saved before it, adds their unit name, and follows renames', async () => {
    const SQL = await loadSqlJs();
    const engine = new Engine(new SQL.Database());
    applyMigrations(
      engine,
      migrations.filter((m) => m.version <= 30),
    );
    engine.exec(
      `INSERT INTO units (id, name, name_search, name_sort, kind, created_at, updated_at) VALUES ('u1', 'Thôn Đông Hà', 'thon dong ha', 'x', 'residential_area', '', '')`,
    );
    engine.exec(
      `INSERT INTO propaganda_sessions (seq, id, held_on, unit_id, venue_kind_id, form_id, topic, topic_sort, created_at, updated_at)
       VALUES (7, 's1', '2026-01-01', 'u1', ?, ?, 'Phòng chống ma túy', 'x', '', '')`,
      [VENUE_RESIDENTIAL, FORM_TALK],
    );
    engine.exec(`INSERT INTO propaganda_sessions_fts (docid, topic, presenter, note) VALUES (7, 'phong chong ma tuy', 'dang van lam', '')`);
    applyMigrations(
      engine,
      migrations.filter((m) => m.version === 31),
    );
    const match = (q: string) =>
      engine.all<{ docid: number }>('SELECT docid FROM propaganda_sessions_fts WHERE propaganda_sessions_fts MATCH ?', [q]);
    expect(match('"dang*" "dong*" "ma*"')).toEqual([{ docid: 7 }]);
    engine.exec(`UPDATE units SET name_search = 'thon bac son' WHERE id = 'u1'`);
    expect(match('"bac*" "son*"')).toEqual([{ docid: 7 }]);
    expect(match('"dong*"')).toEqual([]);
  });
});

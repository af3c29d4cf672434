import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src-main/core/app/domains';
import { Engine } from '../../../src-main/core/db/engine';
import { joinStepParts } from '../../../src-main/core/db/migration-parts';
import { applyMigrations, latestVersion, pendingMigrations, schemaVersion, type Migration } from '../../../src-main/core/db/migrations';
import { loadSqlJs } from '../../../src-main/core/db/sqljs';

/**
 * Steps 80 and 81 (the report indexes) were released from reports/ and are now declared by the
 * domains that own the tables. The statements below are the released ones: a database must end up
 * with exactly these, whether it is new, below 80, or already past 81.
 */
const RELEASED_80 = [
  'CREATE INDEX reports_models_by_unit_type ON security_models(unit_id, type_id, founded_on, status, status_on, id)',
  'CREATE INDEX reports_sessions_by_date ON propaganda_sessions(held_on, unit_id, form_id, venue_kind_id, attendees, ' +
    'households_committed)',
  'CREATE INDEX reports_outcomes_by_period ON outcomes(period, unit_id, tips_received, valuable_tips, cases_solved, ' +
    'suspects_arrested, weapons_handed_in)',
  'CREATE INDEX reports_recipients_by_decision ON commendation_recipients(decision_id, unit_id, kind)',
];
const RELEASED_81 = [
  'CREATE INDEX reports_sessions_by_group ON propaganda_sessions(unit_id, form_id, venue_kind_id, held_on, attendees, ' +
    'households_committed)',
];

const statements = (sql: string) =>
  sql
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

async function engineAt(version: number): Promise<Engine> {
  const SQL = await loadSqlJs();
  const engine = new Engine(new SQL.Database());
  applyMigrations(
    engine,
    migrations.filter((m) => m.version <= version),
  );
  return engine;
}

const reportIndexes = (engine: Engine) =>
  engine
    .all<{ sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'index' AND name LIKE 'reports\\_%' ESCAPE '\\' ORDER BY rowid")
    .map((r) => r.sql);

describe('report index steps 80 and 81', () => {
  it('are one step each, with the released names and statements in the released order', () => {
    const at = (v: number) => migrations.filter((m) => m.version === v);
    expect(at(80).map((m) => m.name)).toEqual(['report covering indexes']);
    expect(statements(at(80)[0]!.sql)).toEqual(RELEASED_80);
    expect(at(81).map((m) => m.name)).toEqual(['report index of sessions by group']);
    expect(statements(at(81)[0]!.sql)).toEqual(RELEASED_81);
  });

  it('give a new database the released index SQL, as SQLite stores it', async () => {
    const engine = await engineAt(latestVersion(migrations));
    expect(reportIndexes(engine)).toEqual([...RELEASED_80, ...RELEASED_81]);
  });

  it('bring a database from before step 80 to the latest version with all five indexes', async () => {
    const engine = await engineAt(79);
    expect(reportIndexes(engine)).toEqual([]);
    applyMigrations(engine, pendingMigrations(migrations, schemaVersion(engine)));
    expect(schemaVersion(engine)).toBe(latestVersion(migrations));
    expect(reportIndexes(engine)).toEqual([...RELEASED_80, ...RELEASED_81]);
  });

  it('leave a database that ran the released steps as it is', async () => {
    const engine = await engineAt(79);
    engine.db.exec(`${RELEASED_80.join(';\n')};\n${RELEASED_81.join(';\n')};\nPRAGMA user_version = 81`);
    expect(() => applyMigrations(engine, pendingMigrations(migrations, schemaVersion(engine)))).not.toThrow();
    expect(reportIndexes(engine)).toEqual([...RELEASED_80, ...RELEASED_81]);
  });
});

describe('joinStepParts', () => {
  const part = (version: number, name: string, sql: string): Migration => ({ version, name, sql });

  it('joins the parts of one step, in list order, and sorts the steps by version', () => {
    const joined = joinStepParts([part(81, 'b', 'B;'), part(80, 'a', 'A1;'), part(79, 'z', 'Z;'), part(80, 'a', 'A2;')]);
    expect(joined.map((m) => [m.version, m.name, statements(m.sql)])).toEqual([
      [79, 'z', ['Z']],
      [80, 'a', ['A1', 'A2']],
      [81, 'b', ['B']],
    ]);
  });

  it('leaves two different steps on one version for pendingMigrations to refuse', () => {
    const joined = joinStepParts([part(80, 'a', 'A;'), part(80, 'other', 'O;')]);
    expect(joined).toHaveLength(2);
    expect(() => pendingMigrations(joined, 0)).toThrow('duplicate migration version 80');
  });
});

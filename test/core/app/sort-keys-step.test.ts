import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src-main/core/app/domains';
import { Engine } from '../../../src-main/core/db/engine';
import { applyMigrations, pendingMigrations, schemaVersion } from '../../../src-main/core/db/migrations';
import { loadSqlJs } from '../../../src-main/core/db/sqljs';
import { sortKey } from '../../../src-main/shared/sort-key';

/** A database as released before step 95, whose stored keys sort digits as characters. */
async function engineBefore95(): Promise<Engine> {
  const SQL = await loadSqlJs();
  const engine = new Engine(new SQL.Database());
  applyMigrations(
    engine,
    migrations.filter((m) => m.version < 95),
  );
  return engine;
}

describe('step 95: numbers by value in stored sort keys', () => {
  it('is one step over units, models, sessions and recipients', () => {
    const step = migrations.filter((m) => m.version === 95);
    expect(step).toHaveLength(1);
    for (const table of ['units', 'security_models', 'propaganda_sessions', 'commendation_recipients']) {
      expect(step[0]?.sql).toContain(`UPDATE ${table} SET`);
    }
  });

  it('recomputes old keys, so ORDER BY on them puts "Tổ 2" before "Tổ 10" and "8.2" before "8.10"', async () => {
    const engine = await engineBefore95();
    const names = ['Tổ 10', 'Tổ 2', 'Tổ 1', '8.10', '8.2'];
    for (const [i, name] of names.entries()) {
      // The key the old sortKey wrote: digits as characters without the run's length, so "Tổ 10" < "Tổ 2".
      const oldKey = sortKey(name).replace(/[\x23-\x2f](?=\d)/g, '');
      engine.db.run(
        `INSERT INTO units (id, name, name_search, name_sort, kind, created_at, updated_at) VALUES (?, ?, '', ?, 'commune', '', '')`,
        [`u${i}`, name, oldKey],
      );
    }
    applyMigrations(engine, pendingMigrations(migrations, schemaVersion(engine)));
    const rows = engine.all<{ name: string; name_sort: string }>('SELECT name, name_sort FROM units ORDER BY name_sort');
    expect(rows.map((r) => r.name)).toEqual(['8.2', '8.10', 'Tổ 1', 'Tổ 2', 'Tổ 10']);
    for (const r of rows) expect(r.name_sort).toBe(sortKey(r.name));
  });
});

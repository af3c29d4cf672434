import type { Engine } from './engine';

/** One numbered schema step. Versions are unique and only grow; a released migration never changes. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The schema version recorded in the file (`PRAGMA user_version`). */
export function schemaVersion(engine: Engine): number {
  const row = engine.get<{ user_version: number }>('PRAGMA user_version');
  return row?.user_version ?? 0;
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

/** Migrations not yet applied, in order. Throws on duplicate versions (a programming error). */
export function pendingMigrations(migrations: readonly Migration[], current: number): Migration[] {
  const seen = new Set<number>();
  for (const m of migrations) {
    if (seen.has(m.version)) throw new Error(`duplicate migration version ${m.version}`);
    seen.add(m.version);
  }
  return [...migrations].filter((m) => m.version > current).sort((a, b) => a.version - b.version);
}

/** Applies each pending migration in its own transaction, recording the version with it. */
export function applyMigrations(engine: Engine, pending: readonly Migration[]): void {
  for (const m of pending) {
    engine.db.run('BEGIN');
    try {
      engine.db.exec(m.sql);
      engine.db.exec(`PRAGMA user_version = ${Math.trunc(m.version)}`);
      engine.db.run('COMMIT');
    } catch (err) {
      engine.db.run('ROLLBACK');
      throw new Error(`migration ${m.version} (${m.name}) failed: ${(err as Error).message}`);
    }
  }
}

import type { Engine } from './engine';

/**
 * The checkpoint generation stored inside the database file (see journal-format.ts for why). Kept in a
 * table of its own, outside the journal: only checkpoints change it, and they write the whole file.
 */
const TABLE = 'antq_store_meta';

export function readGeneration(engine: Engine): number {
  const table = engine.get(`SELECT 1 AS present FROM sqlite_master WHERE type = 'table' AND name = ?`, [TABLE]);
  if (!table) return 0;
  const row = engine.get<{ value: number }>(`SELECT value FROM ${TABLE} WHERE key = 'generation'`);
  return row?.value ?? 0;
}

export function writeGeneration(engine: Engine, generation: number): void {
  engine.exec(`CREATE TABLE IF NOT EXISTS ${TABLE} (key TEXT PRIMARY KEY, value INTEGER NOT NULL)`);
  engine.exec(`INSERT INTO ${TABLE} (key, value) VALUES ('generation', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`, [
    generation,
  ]);
}

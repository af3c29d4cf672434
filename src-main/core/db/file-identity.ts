import { randomUUID } from 'node:crypto';
import type { Engine } from './engine';

/**
 * The marks that say a database file is this app's: `PRAGMA application_id` (in the SQLite header, so
 * tools such as `file` recognise it) and one row naming the app and the database's own id, which every
 * journal header repeats (journal-format.ts) so that a journal is replayed only into its own database.
 */
export const APPLICATION_ID = 0x414e5451; // 'ANTQ'
const APP_NAME = 'antq-records';
const TABLE = 'antq_store_identity';
/** Where every earlier version kept the checkpoint generation (generation.ts). */
const LEGACY_META_TABLE = 'antq_store_meta';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type FileIdentity =
  | { kind: 'ours'; databaseId: string }
  /** Made by an earlier version of this app, before files were marked: opened, then marked. */
  | { kind: 'legacy' }
  | { kind: 'foreign'; detail: string };

/** Whose file this is, from its marks; read only. */
export function readIdentity(engine: Engine): FileIdentity {
  const appId = engine.get<{ application_id: number }>('PRAGMA application_id')?.application_id ?? 0;
  if (appId === APPLICATION_ID) {
    const row = hasTable(engine, TABLE)
      ? engine.get<{ app: unknown; database_id: unknown }>(`SELECT app, database_id FROM ${TABLE}`)
      : undefined;
    if (row?.app === APP_NAME && typeof row.database_id === 'string' && UUID.test(row.database_id))
      return { kind: 'ours', databaseId: row.database_id };
    return { kind: 'foreign', detail: 'có mã ứng dụng nhưng thiếu dòng định danh cơ sở dữ liệu' };
  }
  if (appId !== 0) return { kind: 'foreign', detail: `mã ứng dụng ${appId} của một chương trình khác` };
  return isLegacy(engine) ? { kind: 'legacy' } : { kind: 'foreign', detail: 'không có dấu nhận biết của ứng dụng này' };
}

/**
 * A file an earlier version wrote: no application_id yet, a schema version set by our migrations, and
 * the generation row in antq_store_meta. Every file those versions left on disk has that row: a new
 * database was checkpointed right after its first migration, and every checkpoint stamps the generation
 * (since the first durable store); no other program names a table so. A file without it is refused.
 */
function isLegacy(engine: Engine): boolean {
  const version = engine.get<{ user_version: number }>('PRAGMA user_version')?.user_version ?? 0;
  if (version < 1 || hasTable(engine, TABLE) || !hasTable(engine, LEGACY_META_TABLE)) return false;
  const row = engine.get<{ value: unknown }>(`SELECT value FROM ${LEGACY_META_TABLE} WHERE key = 'generation'`);
  return typeof row?.value === 'number' && Number.isInteger(row.value);
}

/** A new database id (a random UUID). */
export function newDatabaseId(): string {
  return randomUUID();
}

/** Marks the in-memory database as this app's, with `databaseId`; made durable by the next checkpoint. */
export function markDatabase(engine: Engine, databaseId: string): void {
  if (!UUID.test(databaseId)) throw new Error(`not a database id: ${databaseId}`);
  engine.db.run(`PRAGMA application_id = ${APPLICATION_ID}`);
  engine.exec(`CREATE TABLE IF NOT EXISTS ${TABLE} (app TEXT NOT NULL, database_id TEXT NOT NULL)`);
  engine.exec(`DELETE FROM ${TABLE}`);
  engine.exec(`INSERT INTO ${TABLE} (app, database_id) VALUES (?, ?)`, [APP_NAME, databaseId]);
}

function hasTable(engine: Engine, name: string): boolean {
  return engine.get(`SELECT 1 AS present FROM sqlite_master WHERE type = 'table' AND name = ?`, [name]) !== undefined;
}

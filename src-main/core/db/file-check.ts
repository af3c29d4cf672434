import type { SqlJsStatic } from 'sql.js';
import { Engine } from './engine';
import { readIdentity, type FileIdentity } from './file-identity';
import { adoptDatabase } from './write-tracker';
import { schemaVersion } from './migrations';
import type { StoreOpenReason } from './store-open-error';

/** A problem found in a database file, before anything is written. */
export interface FileProblem {
  reason: StoreOpenReason;
  detail: string;
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Checks the 100-byte SQLite header against the file's length: catches garbage, files that are not
 * SQLite, and copies cut short, without parsing the pages.
 */
export function checkSqliteHeader(bytes: Buffer): FileProblem | null {
  if (bytes.length === 0) return { reason: 'empty', detail: '0 byte' };
  const prefix = bytes.subarray(0, Math.min(bytes.length, SQLITE_MAGIC.length));
  if (!prefix.equals(SQLITE_MAGIC.subarray(0, prefix.length)))
    return { reason: 'not-sqlite', detail: 'phần đầu tệp không đúng định dạng SQLite' };
  if (bytes.length < 100) return { reason: 'truncated', detail: `chỉ có ${bytes.length} byte` };
  const raw = bytes.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return { reason: 'not-sqlite', detail: 'kích thước trang không hợp lệ' };
  if (bytes.length % pageSize !== 0)
    return { reason: 'truncated', detail: `độ dài ${bytes.length} byte không chia hết cho trang ${pageSize} byte` };
  // The page count at offset 28 is valid only when the change counter matches "version-valid-for".
  const pages = bytes.readUInt32BE(28);
  if (pages > 0 && bytes.readUInt32BE(24) === bytes.readUInt32BE(92) && pages * pageSize > bytes.length) {
    return { reason: 'truncated', detail: `có ${bytes.length / pageSize} trang, phần đầu ghi ${pages} trang` };
  }
  return null;
}

/** The text of `PRAGMA integrity_check` (or quick_check): 'ok' when healthy. */
export function integrityReport(engine: Engine, pragma: 'integrity_check' | 'quick_check' = 'integrity_check'): string {
  const rows = engine.all<Record<string, string>>(`PRAGMA ${pragma}`);
  return rows.map((r) => Object.values(r)[0]).join('; ');
}

/** A file found to be this app's: marked with its id, or made by an earlier version (to be marked). */
export type OwnIdentity = Exclude<FileIdentity, { kind: 'foreign' }>;

export type LoadResult = { engine: Engine; problem: null; identity: OwnIdentity } | { engine: null; problem: FileProblem };

/**
 * Loads database bytes into an engine and checks them: header, SQLite's own check, this app's marks
 * (another program's SQLite file is refused, never migrated), schema version not newer than `latest`.
 * The engine is closed when a problem is found.
 */
export function loadCheckedEngine(SQL: SqlJsStatic, bytes: Buffer, latest: number, pragma: 'integrity_check' | 'quick_check'): LoadResult {
  const header = checkSqliteHeader(bytes);
  if (header) return { engine: null, problem: header };
  const db = adoptDatabase(SQL, bytes);
  let engine: Engine;
  try {
    engine = new Engine(db);
  } catch (err) {
    // The header said SQLite, but the first statement found no valid database behind it.
    db.close();
    return { engine: null, problem: { reason: 'damaged', detail: (err as Error).message.slice(0, 200) } };
  }
  try {
    const report = integrityReport(engine, pragma);
    if (report !== 'ok') return closeWith(engine, { reason: 'damaged', detail: report.slice(0, 200) });
    const identity = readIdentity(engine);
    if (identity.kind === 'foreign') return closeWith(engine, { reason: 'foreign-file', detail: identity.detail });
    const version = schemaVersion(engine);
    if (version > latest)
      return closeWith(engine, { reason: 'too-new', detail: `phiên bản lược đồ ${version}, ứng dụng này biết đến ${latest}` });
    return { engine, problem: null, identity };
  } catch (err) {
    return closeWith(engine, { reason: 'damaged', detail: (err as Error).message.slice(0, 200) });
  }
}

function closeWith(engine: Engine, problem: FileProblem): LoadResult {
  engine.close();
  return { engine: null, problem };
}

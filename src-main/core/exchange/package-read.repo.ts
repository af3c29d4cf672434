import type { Database, SqlJsStatic } from 'sql.js';
import { PackageManifest } from '../../contract/exchange/exchange.contract';
import { AppError } from '../api/errors';
import { adoptDatabase } from '../db/write-tracker';
import { verifyText } from './keys';
import { PACKAGE_FORMAT_VERSION, PackageFileError, unpackFile } from './package-file';
import { PACKAGE_CACHE_PRAGMA, hashPackageData } from './package-tables.repo';
import type { PackageEntry, PackageUnit } from './package-write.repo';
import type { TravelRecord } from './travel';

export { PACKAGE_FORMAT_VERSION };

const DAMAGED = 'Tệp không phải gói dữ liệu trao đổi hợp lệ hoặc đã bị hỏng (có thể bị cắt ngắn khi sao chép). Hãy xin đơn vị gửi lại gói.';

function refuse(message: string): AppError {
  return new AppError('VALIDATION', message);
}

/** A package whose signature and data hash were checked; read its data, then close it. */
export interface VerifiedPackage {
  manifest: PackageManifest;
  units(): PackageUnit[];
  entries(): PackageEntry[];
  /** Read row by row as it is iterated (a 100k-record kind is never a whole array); iterate before close(). */
  records(target: string): Iterable<TravelRecord>;
  /**
   * The kinds the package carries records of: those its `fields` table names (a kind's records are read
   * by those field names, so a record of a kind not named there cannot be read). A few rows, not a scan.
   */
  kinds(): Set<string>;
  /** The ids of a kind's records, in the order `records` gives them, without their values. */
  recordIds(target: string): string[];
  held(target: string): Map<string, number>;
  report(): unknown;
  close(): void;
}

function rows<T>(db: Database, sql: string, params: (string | number)[] = []): T[] {
  const stmt = db.prepare(sql);
  const out: T[] = [];
  try {
    stmt.bind(params);
    // Rows of the package's own tables, whose columns the query names.
    while (stmt.step()) out.push(stmt.getAsObject() as T);
  } finally {
    stmt.free();
  }
  return out;
}

function readManifest(db: Database): { manifest: PackageManifest; text: string; signature: string } {
  const m = rows<{ json: string }>(db, 'SELECT json FROM manifest');
  const s = rows<{ value: string }>(db, 'SELECT value FROM signature');
  if (m.length !== 1 || s.length !== 1) throw refuse(DAMAGED);
  const text = String(m[0]?.json);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw refuse(DAMAGED);
  }
  const manifest = PackageManifest.safeParse(parsed);
  if (!manifest.success) throw refuse(DAMAGED);
  return { manifest: manifest.data, text, signature: String(s[0]?.value) };
}

/** The manifest's format is one this build reads, and the one the file was stored in (package-file.ts). */
function checkFormat(manifest: PackageManifest, stored: 1 | 2): void {
  if (manifest.formatVersion > PACKAGE_FORMAT_VERSION)
    throw refuse(
      `Gói được tạo bằng phiên bản mới hơn của chương trình (định dạng ${manifest.formatVersion}); hãy cập nhật chương trình rồi nhận lại.`,
    );
  if (manifest.formatVersion !== stored) throw refuse(DAMAGED);
}

const TOO_LARGE = 'Gói dữ liệu sau khi giải nén lớn hơn 1 GB: không phải gói hợp lệ. Không nhận gói này; hãy xin đơn vị gửi lại.';

/**
 * The package's database, opened from its file. The unpacked bytes become sql.js's own file (adopted, not
 * copied: write-tracker.ts `adoptDatabase`), so only one copy is held while the package is open.
 */
function openDatabase(SQL: SqlJsStatic, file: Uint8Array): { db: Database; stored: 1 | 2 } {
  let unpacked: ReturnType<typeof unpackFile>;
  try {
    unpacked = unpackFile(file);
  } catch (err) {
    if (err instanceof PackageFileError) throw refuse(err.reason === 'too-large' ? TOO_LARGE : DAMAGED);
    throw err;
  }
  try {
    const db = adoptDatabase(SQL, unpacked.database);
    // Read once, in order: a page cache of a megabyte does, instead of one growing the shared WASM heap.
    db.run(PACKAGE_CACHE_PRAGMA);
    return { db, stored: unpacked.formatVersion };
  } catch {
    throw refuse(DAMAGED);
  }
}

/**
 * Opens a package file and checks it can be trusted: a readable file, a manifest signed by the key
 * registered for its sender (`keyOf`), and data whose hash is the signed one. Any failure is a Vietnamese
 * refusal. Close the package as soon as it is read: its database holds the whole unpacked file.
 */
export function openVerifiedPackage(SQL: SqlJsStatic, file: Uint8Array, keyOf: (officeId: string) => string | undefined): VerifiedPackage {
  const { db, stored } = openDatabase(SQL, file);
  try {
    const { manifest, text, signature } = safely(() => readManifest(db));
    checkFormat(manifest, stored);
    const key = keyOf(manifest.sender.id);
    if (!key)
      throw refuse(
        `Cơ quan gửi "${manifest.sender.name}" (mã ${manifest.sender.id}) chưa được đăng ký khoá; hãy đăng ký khoá công khai của cơ quan đó (Cài đặt → Trao đổi dữ liệu) rồi nhận lại.`,
      );
    if (!verifyText(key, text, signature))
      throw refuse(
        `Chữ ký của gói không khớp với khoá đã đăng ký của "${manifest.sender.name}": gói đã bị sửa hoặc không do cơ quan đó ký. Không nhận gói này.`,
      );
    if (safely(() => hashPackageData(db)) !== manifest.dataHash)
      throw refuse('Dữ liệu trong gói đã bị thay đổi sau khi ký. Không nhận gói này; hãy xin đơn vị gửi lại.');
    return reader(db, manifest);
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Runs a read of the package; SQLite's "malformed" and the like become the Vietnamese refusal. */
function safely<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw refuse(DAMAGED);
  }
}

/** A kind's records, their values keyed again by the package's field order for the kind, one at a time. */
function* recordsOf(db: Database, target: string): Generator<TravelRecord> {
  const keys: unknown = rows<{ keys: string }>(db, 'SELECT keys FROM fields WHERE target = ?', [target]).map(
    (r) => JSON.parse(r.keys) as unknown,
  )[0];
  const names = Array.isArray(keys) ? keys.map(String) : [];
  const stmt = db.prepare(
    'SELECT id, version, created_at AS createdAt, updated_at AS updatedAt, data FROM records WHERE target = ? ORDER BY rowid',
  );
  try {
    stmt.bind([target]);
    while (stmt.step()) {
      // Rows of the package's own table, whose columns the query names.
      const r = stmt.getAsObject() as unknown as Omit<TravelRecord, 'data'> & { data: string };
      yield { ...r, data: parseData(r.data, names) };
    }
  } finally {
    stmt.free();
  }
}

/**
 * A generator whose every step is read `safely`: a damaged package is refused in Vietnamese mid-read too.
 * Left early (the plan refused a record), it ends the inner one, whose statement is then freed.
 */
function* safeSteps<T>(start: () => Generator<T>): Generator<T> {
  const steps = start();
  try {
    for (;;) {
      const next = safely(() => steps.next());
      if (next.done) return;
      yield next.value;
    }
  } finally {
    steps.return(undefined);
  }
}

/** The ids and versions of every record of the kind the sender has: those carried and those listed in `held`. */
function heldOf(db: Database, target: string): Map<string, number> {
  const sql = 'SELECT id, version FROM records WHERE target = ? UNION ALL SELECT id, version FROM held WHERE target = ?';
  return new Map(rows<{ id: string; version: number }>(db, sql, [target, target]).map((r) => [r.id, r.version]));
}

function reader(db: Database, manifest: PackageManifest): VerifiedPackage {
  return {
    manifest,
    units: () => safely(() => rows<PackageUnit>(db, 'SELECT id, code, name, kind, parent_id AS parentId FROM units ORDER BY id')),
    entries: () => safely(() => rows<PackageEntry>(db, 'SELECT id, catalogue, code, name FROM catalogue_entries ORDER BY id')),
    records: (target) => safeSteps(() => recordsOf(db, target)),
    kinds: () => safely(() => new Set(rows<{ target: string }>(db, 'SELECT target FROM fields').map((r) => String(r.target)))),
    recordIds: (target) =>
      safely(() => rows<{ id: string }>(db, 'SELECT id FROM records WHERE target = ? ORDER BY rowid', [target]).map((r) => r.id)),
    held: (target) => safely(() => heldOf(db, target)),
    report: () => safely(() => rows<{ json: string }>(db, 'SELECT json FROM report').map((r) => JSON.parse(r.json) as unknown)[0] ?? null),
    close: () => db.close(),
  };
}

function parseData(text: string, names: readonly string[]): Record<string, unknown> {
  const values: unknown = JSON.parse(text);
  if (!Array.isArray(values) || values.length !== names.length) throw refuse(DAMAGED);
  return Object.fromEntries(names.map((k, i) => [k, values[i]]));
}

import type { Database, SqlJsStatic } from 'sql.js';
import type { PackageManifest } from '../../contract/exchange/exchange.contract';
import { scratchDatabase } from '../db/scratch-database';
import { signText } from './keys';
import { packFile } from './package-file';
import { PACKAGE_CACHE_PRAGMA, PACKAGE_SCHEMA, hashPackageData } from './package-tables.repo';
import type { TravelRecord } from './travel';

/** A unit as it travels: by code and name, with its parent's id in the same package. */
export interface PackageUnit {
  id: string;
  code: string | null;
  name: string;
  kind: string;
  parentId: string | null;
}

/** A catalogue entry as it travels: matched at the receiver by code, else by name. */
export interface PackageEntry {
  id: string;
  catalogue: string;
  code: string | null;
  name: string;
}

/** Everything a package carries besides its manifest. */
export interface PackageData {
  units: readonly PackageUnit[];
  entries: readonly PackageEntry[];
  records: readonly { target: string; rec: TravelRecord }[];
  held: readonly { target: string; id: string; version: number }[];
  /** The report figures of a Ministry package. */
  report: unknown;
}

function fill(db: Database, sql: string, rows: Iterable<(string | number | null)[]>): void {
  const stmt = db.prepare(sql);
  try {
    for (const row of rows) stmt.run(row);
  } finally {
    stmt.free();
  }
}

/** Each kind's field keys in one order (its first record's); its records' values go in that order. */
function fieldOrder(records: PackageData['records']): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const { target, rec } of records) if (!keys.has(target)) keys.set(target, Object.keys(rec.data));
  return keys;
}

/** Reports how many of a package's records are written so far, and of how many. */
export type RecordProgress = (done: number, total: number) => void;

/**
 * The records' rows, made one at a time as they are inserted (never all of their JSON at once),
 * reporting as the rows are taken (that is, written).
 */
function* recordRows(
  records: PackageData['records'],
  keys: Map<string, string[]>,
  onRecord?: RecordProgress,
): Generator<(string | number | null)[]> {
  for (const [i, { target, rec }] of records.entries()) {
    const values = (keys.get(target) ?? []).map((k) => rec.data[k] ?? null);
    yield [target, rec.id, rec.version, rec.createdAt, rec.updatedAt, JSON.stringify(values)];
    onRecord?.(i + 1, records.length);
  }
}

function writeData(db: Database, d: PackageData, onRecord?: RecordProgress): void {
  const keys = fieldOrder(d.records);
  fill(
    db,
    'INSERT INTO units VALUES (?, ?, ?, ?, ?)',
    d.units.map((u) => [u.id, u.code, u.name, u.kind, u.parentId]),
  );
  fill(
    db,
    'INSERT INTO catalogue_entries VALUES (?, ?, ?, ?)',
    d.entries.map((e) => [e.id, e.catalogue, e.code, e.name]),
  );
  fill(
    db,
    'INSERT INTO fields VALUES (?, ?)',
    [...keys].map(([target, k]) => [target, JSON.stringify(k)]),
  );
  fill(db, 'INSERT INTO records VALUES (?, ?, ?, ?, ?, ?)', recordRows(d.records, keys, onRecord));
  // The records carried are held too; only the others are listed.
  const carried = new Set(d.records.map(({ target, rec }) => `${target}\u0000${rec.id}`));
  const rest = d.held.filter((h) => !carried.has(`${h.target}\u0000${h.id}`));
  fill(
    db,
    'INSERT INTO held VALUES (?, ?, ?)',
    rest.map((h) => [h.target, h.id, h.version]),
  );
  if (d.report !== null && d.report !== undefined) fill(db, 'INSERT INTO report VALUES (?)', [[JSON.stringify(d.report)]]);
}

/**
 * Builds the package file: the data, then the manifest with the data's hash, signed with the office's
 * private key. The signature covers the manifest's exact text, which is stored as it was signed. The
 * file is the database compressed (package-file.ts).
 * `onRecord` hears how many records are written (the export's progress bar).
 */
export function writePackage(
  SQL: SqlJsStatic,
  manifest: Omit<PackageManifest, 'dataHash'>,
  data: PackageData,
  signer: { privateKey: string; fingerprint: string },
  onRecord?: RecordProgress,
): { bytes: Uint8Array; manifest: PackageManifest } {
  const scratch = scratchDatabase(SQL);
  const db = scratch.db;
  try {
    db.run(PACKAGE_CACHE_PRAGMA);
    db.exec(PACKAGE_SCHEMA);
    db.exec('BEGIN');
    writeData(db, data, onRecord);
    db.exec('COMMIT');
    const full: PackageManifest = { ...manifest, dataHash: hashPackageData(db) };
    const text = JSON.stringify(full);
    fill(db, 'INSERT INTO manifest VALUES (?)', [[text]]);
    fill(db, 'INSERT INTO signature VALUES (?, ?)', [[signer.fingerprint, signText(signer.privateKey, text)]]);
    // Compressed from the database's own file, before it is closed: no copy of it is made.
    return { bytes: packFile(scratch.fileBytes()), manifest: full };
  } finally {
    scratch.close();
  }
}

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
  /** The records, read as they are written: an office's whole book is never held at once. */
  records: Iterable<{ target: string; rec: TravelRecord }>;
  /** How many `records` gives (the progress bar's total). */
  recordCount: number;
  /** The units and catalogue entries the records refer to, asked for once the records are written. */
  references: () => { units: readonly PackageUnit[]; entries: readonly PackageEntry[] };
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

export type RecordProgress = (done: number, total: number) => void;

/**
 * The records' rows, made as the records are read. Each kind's field order is its first record's keys
 * (`fields` lists it); `carried` gathers the records written, which the `held` list then leaves out.
 */
function* recordRows(
  d: PackageData,
  keys: Map<string, string[]>,
  carried: Set<string>,
  onRecord?: RecordProgress,
): Generator<(string | number | null)[]> {
  let done = 0;
  for (const { target, rec } of d.records) {
    let order = keys.get(target);
    if (!order) keys.set(target, (order = Object.keys(rec.data)));
    carried.add(`${target}\u0000${rec.id}`);
    const values = order.map((k) => rec.data[k] ?? null);
    yield [target, rec.id, rec.version, rec.createdAt, rec.updatedAt, JSON.stringify(values)];
    onRecord?.(++done, d.recordCount);
  }
}

function writeData(db: Database, d: PackageData, onRecord?: RecordProgress): void {
  const keys = new Map<string, string[]>();
  const carried = new Set<string>();
  fill(db, 'INSERT INTO records VALUES (?, ?, ?, ?, ?, ?)', recordRows(d, keys, carried, onRecord));
  const { units, entries } = d.references();
  fill(
    db,
    'INSERT INTO units VALUES (?, ?, ?, ?, ?)',
    units.map((u) => [u.id, u.code, u.name, u.kind, u.parentId]),
  );
  fill(
    db,
    'INSERT INTO catalogue_entries VALUES (?, ?, ?, ?)',
    entries.map((e) => [e.id, e.catalogue, e.code, e.name]),
  );
  fill(
    db,
    'INSERT INTO fields VALUES (?, ?)',
    [...keys].map(([target, k]) => [target, JSON.stringify(k)]),
  );
  // The records carried are held too; only the others are listed.
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

import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PACKAGE_FORMAT_VERSION, PackageFileError, packFile, unpackFile } from '../../../src-main/core/exchange/package-file';
import { callOk, viewer } from '../../fixtures/core';
import {
  databaseDigest,
  enterWork,
  exportTo,
  importInto,
  makeOffices,
  packageDatabase,
  privateKeyOf,
  resign,
  type Office,
} from './offices';

let province: Office;
let a: Office;
let first: Buffer;
let before: string;

beforeAll(async () => {
  ({ province, a } = await makeOffices());
  await enterWork(a, 'A1', 1);
  first = await exportTo(a, province.id);
}, 60_000);
afterAll(() => [province, a].forEach((o) => o.core.close()));
beforeEach(() => {
  before = databaseDigest(province.core);
});

async function refusedDamaged(bytes: Uint8Array, message = /bị hỏng/): Promise<void> {
  for (const dryRun of [true, false]) {
    const r = await importInto(province, bytes, dryRun);
    expect(r.ok, JSON.stringify(r)).toBe(false);
    if (!r.ok) expect([r.error.code, r.error.message]).toEqual(['VALIDATION', expect.stringMatching(message)]);
    expect(databaseDigest(province.core)).toBe(before);
  }
}

describe('the package file (format 2: the database, gzipped)', () => {
  it('is compressed, says its format in the signed manifest, and round-trips', async () => {
    expect([first[0], first[1]]).toEqual([0x1f, 0x8b]);
    const database = packageDatabase(first);
    expect(database.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    expect(first.length).toBeLessThan(database.length / 2);
    const preview = await importInto(province, first, true);
    expect(preview.ok && preview.data.manifest.formatVersion).toBe(PACKAGE_FORMAT_VERSION);
    expect(PACKAGE_FORMAT_VERSION).toBe(2);
    expect(databaseDigest(province.core)).toBe(before);
  });

  it('refuses compressed bytes changed in transit (gzip checksum), before SQLite reads them', async () => {
    for (const at of [Math.floor(first.length / 3), Math.floor(first.length / 2), first.length - 6]) {
      const bad = Buffer.from(first);
      bad[at] = bad[at]! ^ 0x01;
      await refusedDamaged(bad);
    }
  });

  it('refuses a file cut short, at any length', async () => {
    for (const end of [2, 10, 20, Math.floor(first.length / 2), first.length - 1]) await refusedDamaged(first.subarray(0, end));
  });

  it('refuses a file that inflates past the limit, without inflating it all', () => {
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(() => unpackFile(bomb, 1024 * 1024)).toThrow(PackageFileError);
    try {
      unpackFile(bomb, 1024 * 1024);
    } catch (err) {
      expect((err as PackageFileError).reason).toBe('too-large');
    }
    expect(unpackFile(packFile(Buffer.from('SQLite format 3\u0000'))).formatVersion).toBe(2);
  });

  it('refuses a record damaged after others were read (records are read one by one), signed anew', async () => {
    const last = "(SELECT MAX(rowid) FROM records WHERE target = 'sessions')";
    await refusedDamaged(
      await resign(first, privateKeyOf(a), { sql: `UPDATE records SET data = 'không phải JSON' WHERE rowid = ${last}` }),
    );
    await refusedDamaged(await resign(first, privateKeyOf(a), { sql: `UPDATE records SET data = '[1]' WHERE rowid = ${last}` }));
  });

  it('refuses a well-formed gzip of something that is not a package', async () => {
    await refusedDamaged(gzipSync(Buffer.from('not a package at all')));
  });
});

describe('a package of format 1 (the plain database, made before this version)', () => {
  it('is still read and applied: it is signed the same way', async () => {
    const old = await resign(first, privateKeyOf(a), { plain: true, manifest: (m) => ({ ...m, formatVersion: 1 }) });
    expect(Buffer.from(old).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    const r = await importInto(province, old);
    expect(r.ok && r.data.applied, JSON.stringify(r)).toBe(true);
    const sessions = await callOk(province.core, 'sessions.list', { offset: 0, limit: 10 }, viewer);
    expect(sessions.rows.map((s) => s.topic)).toContain('Phòng chống tội phạm 2');
  });

  it('is refused when the file and its signed manifest disagree on the format', async () => {
    // A format-2 manifest in a plain file, and a format-1 manifest in a compressed one.
    await refusedDamaged(await resign(first, privateKeyOf(a), { plain: true }));
    await refusedDamaged(await resign(first, privateKeyOf(a), { manifest: (m) => ({ ...m, formatVersion: 1 }) }));
  });

  it('from a newer format is refused with the advice to update', async () => {
    const newer = await resign(first, privateKeyOf(a), { manifest: (m) => ({ ...m, formatVersion: PACKAGE_FORMAT_VERSION + 1 }) });
    await refusedDamaged(newer, /phiên bản mới hơn của chương trình \(định dạng 3\)/);
  });
});

import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../src-main/core/app/open-core';
import { openFileStore } from '../../../src-main/core/db/file-store';
import { HEADER_BYTES, RECORD_HEAD_BYTES } from '../../../src-main/core/db/journal-format';
import { journalPathFor, nextJournalPathFor } from '../../../src-main/core/db/journal-read';
import { latestVersion } from '../../../src-main/core/db/migrations';
import { loadDatabase } from '../../../src-main/core/db/open-database';
import { loadSqlJs } from '../../../src-main/core/db/sqljs';
import { StoreOpenError } from '../../../src-main/core/db/store-open-error';
import { RESOURCES_DIR, callOk } from '../../fixtures/core';
import { notesV1, tempDbPath } from './store-fixture';

const WRITES = 16;

/** A database whose 16 acknowledged writes live only in its journal (the process died before a checkpoint). */
async function sixteenJournaledWrites(): Promise<{ path: string; journal: Buffer }> {
  const path = tempDbPath();
  const store = await openFileStore(path, { migrations: notesV1 });
  for (let i = 0; i < WRITES; i++) store.write((tx) => tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', [`n${i}`, `ghi chú ${i}`]));
  rmSync(`${path}.lock`);
  return { path, journal: readFileSync(journalPathFor(path)) };
}

/** Where each record starts in the journal. */
function recordStarts(journal: Buffer): number[] {
  const starts: number[] = [];
  for (let pos = HEADER_BYTES; pos < journal.length; pos += RECORD_HEAD_BYTES + journal.readUInt32LE(pos)) starts.push(pos);
  return starts;
}

function recordStart(journal: Buffer, index: number): number {
  const start = recordStarts(journal)[index];
  if (start === undefined) throw new Error(`no record ${index}`);
  return start;
}

function flipBit(buf: Buffer, at: number, bit: number): Buffer {
  const flipped = Buffer.from(buf);
  flipped.writeUInt8(flipped.readUInt8(at) ^ (1 << bit), at);
  return flipped;
}

/** Loads the database the way opening does, without writing: the number of notes, or 'refused'. */
async function notesSeen(path: string): Promise<number | 'refused'> {
  try {
    const loaded = loadDatabase({
      SQL: await loadSqlJs(),
      dbPath: path,
      journalPath: journalPathFor(path),
      nextJournalPath: nextJournalPathFor(path),
      latestVersion: latestVersion(notesV1),
      newestBackup: null,
      pragma: 'quick_check',
    });
    const count = loaded.engine.get<{ n: number }>('SELECT count(*) AS n FROM notes')?.n ?? -1;
    loaded.engine.db.close();
    return count;
  } catch (err) {
    if (err instanceof StoreOpenError) return 'refused';
    throw err;
  }
}

async function expectRefusedUntouched(path: string, journal: Buffer): Promise<void> {
  writeFileSync(journalPathFor(path), journal);
  const dbBytes = readFileSync(path);
  const folder = readdirSync(dirname(path)).sort();
  const err = await openFileStore(path, { migrations: notesV1 }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(StoreOpenError);
  expect((err as StoreOpenError).reason).toBe('journal-corrupt');
  expect(readFileSync(journalPathFor(path)).equals(journal)).toBe(true);
  expect(readFileSync(path).equals(dbBytes)).toBe(true);
  expect(readdirSync(dirname(path)).sort()).toEqual(folder);
}

describe('a flipped bit in the journal', () => {
  it('at any byte of a 16-write journal either refuses opening or opens with all 16 writes, never fewer', async () => {
    const { path, journal } = await sixteenJournaledWrites();
    const outcomes = new Map<string, number>();
    for (let at = 0; at < journal.length; at++) {
      const flipped = flipBit(journal, at, at % 8);
      writeFileSync(journalPathFor(path), flipped);
      const seen = await notesSeen(path);
      if (seen !== 'refused' && seen !== WRITES) throw new Error(`a flip at byte ${at} opened with ${seen} of ${WRITES} writes`);
      outcomes.set(String(seen), (outcomes.get(String(seen)) ?? 0) + 1);
    }
    expect(outcomes.get('refused')).toBeGreaterThan(journal.length * 0.9);
  }, 120_000);

  it('in any bit of a record length field refuses, whether the length then points past the end or short of it', async () => {
    const { path, journal } = await sixteenJournaledWrites();
    for (const start of recordStarts(journal)) {
      for (let bit = 0; bit < 32; bit++) {
        const flipped = Buffer.from(journal);
        flipped.writeUInt32LE((flipped.readUInt32LE(start) ^ (1 << bit)) >>> 0, start);
        writeFileSync(journalPathFor(path), flipped);
        expect({ start, bit, seen: await notesSeen(path) }).toEqual({ start, bit, seen: 'refused' });
      }
    }
  }, 120_000);

  it('in a middle record length (pointing past the end) refuses opening and leaves every file as it was', async () => {
    const { path, journal } = await sixteenJournaledWrites();
    const flipped = Buffer.from(journal);
    const thirteenth = recordStart(journal, 12);
    flipped.writeUInt32LE(flipped.readUInt32LE(thirteenth) + 4096, thirteenth);
    await expectRefusedUntouched(path, flipped);
  });

  it('in the last record payload refuses opening and leaves every file as it was', async () => {
    const { path, journal } = await sixteenJournaledWrites();
    const flipped = flipBit(journal, recordStart(journal, WRITES - 1) + RECORD_HEAD_BYTES + 5, 4);
    await expectRefusedUntouched(path, flipped);
  });
});

describe('a torn last append (a crash mid-write)', () => {
  it('is dropped, its bytes kept in a file beside the journal, and the store says so', async () => {
    const { path, journal } = await sixteenJournaledWrites();
    // The crash cut the 17th record short: its head and part of its payload reached the disk.
    const torn = readFileSync(journalPathFor(path)).subarray(recordStart(journal, 3), recordStart(journal, 4) - 7);
    appendFileSync(journalPathFor(path), torn);
    const store = await openFileStore(path, { migrations: notesV1, clock: () => new Date('2026-12-01T23:55:00Z') });
    expect(store.all('SELECT id FROM notes')).toHaveLength(WRITES);
    expect(readFileSync(journalPathFor(path)).equals(journal)).toBe(true);
    const copy = `${journalPathFor(path)}.torn-20261201T235500Z`;
    expect(readFileSync(copy).equals(torn)).toBe(true);
    expect(store.status().keptTornTails).toEqual([{ file: copy, bytes: torn.length }]);
    store.close();
  });

  it('is reported by system.status, for the status bar', async () => {
    const path = tempDbPath();
    const first = await openCore({ dbPath: path, resourcesDir: RESOURCES_DIR });
    first.close();
    appendFileSync(journalPathFor(path), Buffer.from([200, 1, 0, 0, 9, 9, 9, 9, 0x5b, 0x5b]));
    const core = await openCore({ dbPath: path, resourcesDir: RESOURCES_DIR });
    try {
      const status = await callOk(core, 'system.status', {});
      expect(status.keptTornTails).toEqual([
        { fileName: expect.stringMatching(/^office\.sqlite\.journal\.torn-\d{8}T\d{6}Z$/), bytes: 10 },
      ]);
    } finally {
      core.close();
    }
  });
});

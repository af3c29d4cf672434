import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Migration } from '../../../src-main/core/db/migrations';

/** A fresh folder and a database path inside it (the file does not exist yet). */
export function tempDbPath(name = 'office.sqlite'): string {
  return join(mkdtempSync(join(tmpdir(), 'antq-db-')), name);
}

/** A small schema with a foreign key, for store tests. */
export const notesV1: Migration[] = [
  {
    version: 1,
    name: 'notes',
    sql: `CREATE TABLE folders (id TEXT PRIMARY KEY, name TEXT NOT NULL);
          CREATE TABLE notes (id TEXT PRIMARY KEY, folder_id TEXT REFERENCES folders(id), body TEXT, data BLOB);`,
  },
];

export const notesV2: Migration[] = [...notesV1, { version: 2, name: 'note titles', sql: 'ALTER TABLE notes ADD COLUMN title TEXT' }];

/** A settable clock: tests move it across days to drive backup rotation. */
export function testClock(start: string): { now: () => Date; set(iso: string): void; advance(ms: number): void } {
  let t = new Date(start).getTime();
  return { now: () => new Date(t), set: (iso) => (t = new Date(iso).getTime()), advance: (ms) => (t += ms) };
}

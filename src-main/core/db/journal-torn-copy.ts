import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fsyncDir, writeFileDurably } from './atomic-write';
import type { JournalContents } from './journal-read';

/** The bytes of a torn journal tail, kept in a file beside the journal before the tail was cut. */
export interface KeptTornTail {
  /** Absolute path of the copy: `<journal>.torn-<UTC time>`. */
  file: string;
  bytes: number;
}

/**
 * Copies the torn tail of each journal about to be cut or reset (see journal-tail.ts) into a file beside
 * it, durably, before anything is cut. A torn tail was never acknowledged, so opening may drop it; but
 * nothing is ever truncated without a copy, in case the judgement was wrong.
 */
export function keepTornTails(journals: readonly JournalContents[], now: Date): KeptTornTail[] {
  const kept: KeptTornTail[] = [];
  for (const j of journals) {
    // A header cut short by a reset (no generation) holds no record: nothing to keep.
    if (!j.tornTail || j.generation === null || j.fileBytes <= j.goodBytes) continue;
    const tail = readFileSync(j.path).subarray(j.goodBytes);
    const file = freeName(`${j.path}.torn-${stamp(now)}`);
    writeFileDurably(file, tail);
    fsyncDir(dirname(file));
    kept.push({ file, bytes: tail.length });
  }
  return kept;
}

/** 2026-12-01T23:55:00.123Z → 20261201T235500Z: sorts by time, valid on every file system. */
function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function freeName(base: string): string {
  let name = base;
  for (let n = 2; existsSync(name); n++) name = `${base}-${n}`;
  return name;
}

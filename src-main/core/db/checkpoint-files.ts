import { linkSync, readdirSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { processAlive } from './lock';

let counter = 0;

/**
 * Replaces `dbPath` with `temp` without freeing the old file on the core's thread. Renaming over a file
 * of hundreds of MB makes the file system release all its blocks inside rename() (~100 ms at a million
 * records, measured); with a second name kept for the old file the rename only moves a name, and the
 * old file is then deleted on libuv's thread pool. `rename` is the caller's rename (with its retries).
 */
export function replaceKeepingOld(temp: string, dbPath: string, rename: (from: string, to: string) => void): void {
  const retired = `${dbPath}.retired-${process.pid}-${++counter}`;
  let linked = true;
  try {
    linkSync(dbPath, retired);
  } catch {
    // No hard links here (FAT, exFAT, some network shares), or no old file yet: a plain rename.
    linked = false;
  }
  try {
    rename(temp, dbPath);
  } finally {
    if (linked) void rm(retired, { force: true }).catch(() => undefined);
  }
}

/**
 * Files a crash left beside the database: old files between the rename and their deletion, and
 * checkpoints' temporary files (hundreds of MB each at a million records). Called at open, under the
 * single-writer lock. Each name carries its writer's process id: a file of a process still running on
 * this machine is left alone (it may still be writing or deleting it, e.g. a store closed moments ago
 * whose background checkpoint is finishing), and so is one of this process.
 */
export function removeCheckpointLeftovers(dbPath: string): void {
  const leftover = new RegExp(`^${escapeRegExp(basename(dbPath))}\\.(?:retired-(\\d+)-\\d+|tmp-(\\d+)(?:-bg)?)$`);
  for (const entry of readdirSync(dirname(dbPath), { withFileTypes: true })) {
    const match = entry.isFile() ? leftover.exec(entry.name) : null;
    const pid = Number(match?.[1] ?? match?.[2]);
    if (match && pid !== process.pid && !processAlive(pid)) rmSync(join(dirname(dbPath), entry.name), { force: true });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

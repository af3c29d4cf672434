import { copyFileSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { atomicWriteFile, fsyncDir } from './atomic-write';
import { listBackupFiles, writeBackup, type BackupPlace } from './backups';
import { refuseReadOnly } from './file-access';
import { loadCheckedEngine } from './file-check';
import { journalPathFor, nextJournalPathFor } from './journal-read';
import { acquireLock } from './lock';
import { loadSqlJs } from './sqljs';
import { BackupError } from './store-errors';
import type { BackupInfo } from './types';

export interface OfflineRestore {
  restored: string;
  /** Where the replaced (possibly damaged) file was kept, or null when there was no file. */
  keptAs: BackupInfo | null;
}

/** A backup named by file name in the backup folder, or by path. */
export function findBackupFile(place: BackupPlace, nameOrPath: string): string {
  const listed = listBackupFiles(place).find((b) => b.name === nameOrPath);
  if (listed) return listed.file;
  const candidate = isAbsolute(nameOrPath) ? nameOrPath : join(process.cwd(), nameOrPath);
  if (existsSync(candidate)) return candidate;
  throw new BackupError(`Không tìm thấy bản sao lưu "${nameOrPath}" (trong thư mục "${place.dir}" hay theo đường dẫn).`);
}

/**
 * Restores a backup over a database that cannot be opened (damaged, truncated…), the way out that the
 * refusal message offers. The replaced file is kept, byte for byte, as a 'damaged' backup with its journal
 * beside it, so nothing is thrown away. A healthy database is restored through Store.restore instead.
 */
export async function restoreOffline(
  dbPath: string,
  place: BackupPlace,
  nameOrPath: string,
  latestVersion: number,
  now: Date,
): Promise<OfflineRestore> {
  // A read-only database is the user's statement that it must not change: never replaced, not even here.
  refuseReadOnly(dbPath);
  const SQL = await loadSqlJs();
  const source = findBackupFile(place, nameOrPath);
  const loaded = loadCheckedEngine(SQL, readFileSync(source), latestVersion, 'integrity_check');
  if (loaded.problem) throw new BackupError(`Không khôi phục được từ "${source}": bản sao lưu không dùng được (${loaded.problem.detail}).`);
  const bytes = loaded.engine.export();
  loaded.engine.close();
  const release = acquireLock(dbPath, now);
  try {
    let keptAs: BackupInfo | null = null;
    if (existsSync(dbPath)) {
      keptAs = writeBackup(place, 'damaged', now, readFileSync(dbPath), () => undefined);
      // Its journals go with it: left beside the restored file they would be replayed over the wrong data.
      for (const [journal, suffix] of [
        [journalPathFor(dbPath), '.journal'],
        [nextJournalPathFor(dbPath), '.journal.next'],
      ] as const) {
        if (existsSync(journal)) moveFile(journal, `${keptAs.file}${suffix}`);
      }
      fsyncDir(place.dir);
    }
    atomicWriteFile(dbPath, bytes);
    return { restored: source, keptAs };
  } finally {
    release();
  }
}

/** rename(), or copy and delete when the backup folder is on another disk. */
function moveFile(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    copyFileSync(from, to);
    rmSync(from);
  }
}

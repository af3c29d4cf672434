import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fsyncDir, renameWithRetry, writeFileDurably } from './atomic-write';
import { backupName, localDay, parseBackupName } from './backup-names';
import { processAlive } from './lock';
import { BackupError } from './store-errors';
import type { BackupInfo, BackupReason } from './types';
import { integrityCheckInWorker } from './verify-worker';

/** Where one database's backups (bản sao lưu) live and how many are kept. */
export interface BackupPlace {
  dir: string;
  /** The database's file name without extension; backups of other databases in the folder are ignored. */
  stem: string;
}

/** Rotation: a few of today, one per earlier day, a bounded total. */
export const KEEP_TODAY = 5;
export const KEEP_TOTAL = 30;

/** Backups of one database, newest first. */
export function listBackupFiles(place: BackupPlace): BackupInfo[] {
  if (!existsSync(place.dir)) return [];
  const found: { info: BackupInfo; time: number; seq: number }[] = [];
  for (const name of readdirSync(place.dir)) {
    const parsed = parseBackupName(place.stem, name);
    if (!parsed) continue;
    const file = join(place.dir, name);
    const info: BackupInfo = { name, file, at: parsed.at.toISOString(), reason: parsed.reason, bytes: statSync(file).size };
    found.push({ info, time: parsed.at.getTime(), seq: parsed.seq });
  }
  found.sort((a, b) => b.time - a.time || b.seq - a.seq);
  return found.map((f) => f.info);
}

/** True when a backup was made on the local day of `now`. */
export function hasBackupOn(place: BackupPlace, now: Date): boolean {
  const day = localDay(now);
  return listBackupFiles(place).some((b) => localDay(new Date(b.at)) === day);
}

/** A backup written to a temporary file, not yet verified or listed. */
export interface StagedBackup {
  info: BackupInfo;
  temp: string;
}

/** Writes `bytes` to a temporary file in the backup folder and fsyncs it; listed only once committed. */
export function stageBackup(place: BackupPlace, reason: BackupReason, now: Date, bytes: Uint8Array): StagedBackup {
  mkdirSync(place.dir, { recursive: true });
  let seq = 0;
  while (existsSync(join(place.dir, backupName(place.stem, now, reason, seq)))) seq++;
  const name = backupName(place.stem, now, reason, seq);
  const file = join(place.dir, name);
  const temp = `${file}.tmp-${process.pid}`;
  try {
    writeFileDurably(temp, bytes);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
  return { info: { name, file, at: now.toISOString(), reason, bytes: bytes.length }, temp };
}

/** Stages `bytes` and runs integrity_check on the copy in a worker thread; a bad copy is deleted and refused. */
export async function stageVerifiedBackup(place: BackupPlace, reason: BackupReason, now: Date, bytes: Uint8Array): Promise<StagedBackup> {
  const staged = stageBackup(place, reason, now, bytes);
  try {
    const report = await integrityCheckInWorker(staged.temp);
    if (report !== 'ok')
      throw new BackupError(`Bản sao lưu vừa tạo không đạt kiểm tra toàn vẹn (${report.slice(0, 120)}); đã huỷ bản sao đó.`);
  } catch (err) {
    rmSync(staged.temp, { force: true });
    throw err;
  }
  return staged;
}

/** Renames a verified staged backup into place, makes that durable, and rotates the folder. */
export function commitBackup(place: BackupPlace, staged: StagedBackup, now: Date): BackupInfo {
  renameWithRetry(staged.temp, staged.info.file);
  fsyncDir(place.dir);
  rotateBackups(place, now, staged.info.name);
  return staged.info;
}

/**
 * Removes temporary files of backups that never finished because their process died mid-verification.
 * A closed store's worker may still be verifying in a live process: its file is left alone.
 */
export function removeStagedLeftovers(place: BackupPlace): void {
  if (!existsSync(place.dir)) return;
  for (const name of readdirSync(place.dir)) {
    const pid = /\.sqlite\.tmp-(\d+)$/.exec(name)?.[1];
    if (pid && name.startsWith(`${place.stem}-`) && !processAlive(Number(pid))) rmSync(join(place.dir, name), { force: true });
  }
}

/**
 * Writes `bytes` as a new backup: staged, `verify` (PRAGMA integrity_check; throws when the copy is bad,
 * so a bad copy is never listed), committed, rotated.
 */
export function writeBackup(
  place: BackupPlace,
  reason: BackupReason,
  now: Date,
  bytes: Uint8Array,
  verify: (bytes: Uint8Array) => void,
): BackupInfo {
  const staged = stageBackup(place, reason, now, bytes);
  try {
    verify(bytes);
  } catch (err) {
    rmSync(staged.temp, { force: true });
    throw err;
  }
  return commitBackup(place, staged, now);
}

/** The backups rotation keeps: the newest KEEP_TODAY of today, the newest of each earlier day, at most KEEP_TOTAL. */
export function backupsToKeep(all: readonly BackupInfo[], now: Date, mustKeep: string): Set<string> {
  const today = localDay(now);
  const keep = new Set<string>([mustKeep]);
  const daysSeen = new Set<string>();
  let todayCount = 0;
  for (const b of all) {
    const day = localDay(new Date(b.at));
    if (day === today && todayCount < KEEP_TODAY) {
      todayCount++;
      keep.add(b.name);
    } else if (day !== today && !daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(b.name);
    }
  }
  const bounded = all.filter((b) => keep.has(b.name)).slice(0, KEEP_TOTAL);
  return new Set([mustKeep, ...bounded.map((b) => b.name)]);
}

export function rotateBackups(place: BackupPlace, now: Date, mustKeep: string): void {
  const all = listBackupFiles(place);
  const keep = backupsToKeep(all, now, mustKeep);
  for (const b of all) if (!keep.has(b.name)) rmSync(b.file, { force: true });
}

/** The backup to offer when the database cannot be opened: the newest one that is not a kept damaged file. */
export function newestRestorable(place: BackupPlace): BackupInfo | null {
  return listBackupFiles(place).find((b) => b.reason !== 'damaged') ?? null;
}

/** A listed backup by name or file, or any existing file given by absolute path (restore from elsewhere). */
export function resolveBackup(place: BackupPlace, name: string, now: Date): BackupInfo {
  const found = listBackupFiles(place).find((b) => b.name === name || b.file === name);
  if (found) return found;
  if (isAbsolute(name) && existsSync(name)) return { name, file: name, at: now.toISOString(), reason: 'manual', bytes: 0 };
  throw new BackupError(`Không tìm thấy bản sao lưu "${name}".`);
}

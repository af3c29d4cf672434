import { basename, extname } from 'node:path';
import type { BackupReason } from './types';

const REASONS: readonly BackupReason[] = ['daily', 'migration', 'manual', 'before-restore', 'damaged'];

/** A backup file name taken apart. */
export interface ParsedBackupName {
  /** Local time the backup was made. */
  at: Date;
  /** 'YYYYMMDD' of the local day, for rotation. */
  day: string;
  reason: BackupReason;
  /** Sorts names made in the same millisecond. */
  seq: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The database file name without its extension: backups are named after it. */
export function backupStem(dbPath: string): string {
  const name = basename(dbPath);
  return name.slice(0, name.length - extname(name).length) || name;
}

export function localDay(d: Date): string {
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
}

/**
 * `<stem>-YYYYMMDD-HHMMSSmmm-<reason>[-n].sqlite`: local time (the office's day decides rotation), sortable,
 * and openable by any SQLite tool.
 */
export function backupName(stem: string, at: Date, reason: BackupReason, seq: number): string {
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}${pad(at.getMilliseconds(), 3)}`;
  return `${stem}-${localDay(at)}-${time}-${reason}${seq > 0 ? `-${seq}` : ''}.sqlite`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function parseBackupName(stem: string, name: string): ParsedBackupName | null {
  const re = new RegExp(
    `^${escapeRegExp(stem)}-(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})(\\d{3})-([a-z-]+?)(?:-(\\d+))?\\.sqlite$`,
  );
  const m = re.exec(name);
  if (!m) return null;
  const reason = m[8] as BackupReason;
  if (!REASONS.includes(reason)) return null;
  const n = (i: number) => Number(m[i]);
  const at = new Date(n(1), n(2) - 1, n(3), n(4), n(5), n(6), n(7));
  return { at, day: `${m[1]}${m[2]}${m[3]}`, reason, seq: Number(m[9] ?? 0) };
}

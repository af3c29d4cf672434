import { resolve } from 'node:path';
import { backupPlaceFor } from '../db/file-store';
import { latestVersion } from '../db/migrations';
import { restoreOffline } from '../db/restore-offline';
import { StoreOpenError } from '../db/store-open-error';
import { migrations } from './domains';

/**
 * The backup to offer when an office database cannot be opened, or null when restoring would not help:
 * another program holds it (wait), or a newer app wrote it (update the app instead).
 */
export function recoverableBackup(err: unknown): string | null {
  if (!(err instanceof StoreOpenError) || err.reason === 'locked' || err.reason === 'too-new') return null;
  return err.newestBackup;
}

/**
 * Replaces a database that cannot be opened with a backup. The refused file is kept byte for byte as a
 * 'damaged' backup (with its journal), so choosing this loses nothing; the caller then opens as usual.
 */
export async function recoverFromBackup(dbPath: string, backup: string, now: Date = new Date()): Promise<{ keptAs: string | null }> {
  const path = resolve(dbPath);
  const done = await restoreOffline(path, backupPlaceFor(path), backup, latestVersion(migrations), now);
  return { keptAs: done.keptAs?.file ?? null };
}

import { basename } from 'node:path';
import { handle } from '../api/define';
import { systemContract } from '../../contract/system/system.contract';
import { AppError } from '../api/errors';
import { BackupError } from '../db/store-errors';
import type { BackupInfo, Store } from '../db/types';

const toOut = (b: BackupInfo) => ({ name: b.name, at: b.at, reason: b.reason, bytes: b.bytes });

function requireFileStore(store: Store): void {
  if (store.status().path === null) throw new AppError('CONFLICT', 'Cơ sở dữ liệu tạm trong bộ nhớ không có bản sao lưu.');
}

/** Runs a backup-store operation, turning its refusals into API errors. */
async function asApiError<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof BackupError) throw new AppError('CONFLICT', err.message);
    throw err;
  }
}

/**
 * Lets the dispatcher's (empty) transaction end first: exporting or swapping the database inside an
 * open transaction would copy or drop uncommitted state. The dispatcher serialises calls, so nothing
 * else runs in between.
 */
const afterTransaction = () => Promise.resolve();

/** The backups (bản sao lưu) of the office database, newest first. */
export const listBackups = handle(systemContract, 'system.backups.list', (ctx) => ({ backups: ctx.env.store.listBackups().map(toOut) }));

/** Makes a verified backup now. */
export const createBackup = handle(systemContract, 'system.backups.create', async (ctx) => {
  requireFileStore(ctx.env.store);
  await afterTransaction();
  return toOut(await asApiError(() => ctx.env.store.backup('manual')));
});

/** Replaces the database with a backup; the replaced state is kept as a backup so this can be undone. */
export const restoreBackup = handle(systemContract, 'system.backups.restore', async (ctx, input) => {
  const store = ctx.env.store;
  requireFileStore(store);
  // Only names from the backup folder: the API never opens an arbitrary path.
  const target = store.listBackups().find((b) => b.name === input.name && basename(b.file) === input.name);
  if (!target) throw new AppError('NOT_FOUND', `Không tìm thấy bản sao lưu "${input.name}".`);
  await afterTransaction();
  const kept = await asApiError(() => store.restore(target.name));
  return { restored: target.name, undoBackup: toOut(kept) };
});

import { basename } from 'node:path';
import { z } from 'zod';
import { defineMethod } from '../api/define';
import { AppError } from '../api/errors';
import { BackupError } from '../db/store-errors';
import type { BackupInfo, Store } from '../db/types';

const BackupOut = z.object({
  name: z.string(),
  at: z.string(),
  reason: z.enum(['daily', 'migration', 'manual', 'before-restore', 'damaged']),
  bytes: z.number().int(),
});

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
export const listBackups = defineMethod({
  name: 'system.backups.list',
  role: 'viewer',
  summary: 'Danh sách bản sao lưu, mới nhất trước.',
  input: z.object({}),
  output: z.object({ backups: z.array(BackupOut) }),
  handler: (ctx) => ({ backups: ctx.env.store.listBackups().map(toOut) }),
});

/** Makes a verified backup now. */
export const createBackup = defineMethod({
  name: 'system.backups.create',
  role: 'admin',
  summary: 'Tạo bản sao lưu ngay.',
  input: z.object({}),
  output: BackupOut,
  handler: async (ctx) => {
    requireFileStore(ctx.env.store);
    await afterTransaction();
    return toOut(await asApiError(() => ctx.env.store.backup('manual')));
  },
});

/** Replaces the database with a backup; the replaced state is kept as a backup so this can be undone. */
export const restoreBackup = defineMethod({
  name: 'system.backups.restore',
  role: 'admin',
  summary: 'Khôi phục từ một bản sao lưu (dữ liệu hiện tại được giữ lại thành một bản sao lưu để hoàn tác).',
  input: z.object({ name: z.string().min(1, 'Hãy chọn bản sao lưu.').max(255) }),
  output: z.object({ restored: z.string(), undoBackup: BackupOut }),
  handler: async (ctx, input) => {
    const store = ctx.env.store;
    requireFileStore(store);
    // Only names from the backup folder: the API never opens an arbitrary path.
    const target = store.listBackups().find((b) => b.name === input.name && basename(b.file) === input.name);
    if (!target) throw new AppError('NOT_FOUND', `Không tìm thấy bản sao lưu "${input.name}".`);
    await afterTransaction();
    const kept = await asApiError(() => store.restore(target.name));
    return { restored: target.name, undoBackup: toOut(kept) };
  },
});

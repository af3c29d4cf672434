import { basename } from 'node:path';
import { migrations } from '../../core/app/domains';
import { AuditTrail, whoOf } from '../../core/audit';
import { backupPlaceFor, openFileStore } from '../../core/db/file-store';
import { findBackupFile } from '../../core/db/restore-offline';
import { recoverFromBackup } from '../../core/app/recover';
import { BackupError } from '../../core/db/store-errors';
import { StoreOpenError } from '../../core/db/store-open-error';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, requireDbPath } from '../cli-context';
import type { CliCommand, CliIo } from '../command';

/**
 * Restores a backup. A healthy database is swapped in place (its state kept as a 'before-restore'
 * backup); one that cannot be opened is kept byte for byte as a 'damaged' backup and replaced.
 */
export const restoreCommand: CliCommand = {
  name: 'restore',
  usage: 'restore BACKUP --db FILE',
  summary: 'Khôi phục từ bản sao lưu (tên tệp trong thư mục sao lưu hoặc đường dẫn); dữ liệu bị thay được giữ lại thành bản sao lưu.',
  needs: 'raw',
  async run(args, io) {
    const dbPath = requireDbPath(args, io);
    const backup = args.positional[0];
    if (!dbPath) return EXIT_USAGE;
    if (!backup) {
      io.err('Thiếu bản sao lưu cần khôi phục: restore TÊN_BẢN_SAO_LƯU --db TỆP (xem list-backups).');
      return EXIT_USAGE;
    }
    try {
      return await restore(dbPath, backup, io);
    } catch (err) {
      if (err instanceof BackupError || err instanceof StoreOpenError) {
        io.err(err.message);
        return EXIT_FAILED;
      }
      throw err;
    }
  },
};

async function restore(dbPath: string, backup: string, io: CliIo): Promise<number> {
  const place = backupPlaceFor(dbPath);
  const source = findBackupFile(place, backup);
  let store;
  try {
    store = await openFileStore(dbPath, { migrations });
  } catch (err) {
    if (!(err instanceof StoreOpenError) || err.reason === 'locked' || err.reason === 'too-new') throw err;
    io.out('Không mở được cơ sở dữ liệu hiện tại; sẽ giữ nguyên tệp đó thành một bản sao lưu rồi khôi phục.');
    const done = await recoverFromBackup(dbPath, source);
    if (done.keptAs) io.out(`Tệp cũ được giữ lại: "${done.keptAs}".`);
    // Opening brings an older backup up to the current schema and proves the result opens.
    (await openFileStore(dbPath, { migrations })).close();
    io.out(`Đã khôi phục "${dbPath}" từ "${source}".`);
    return EXIT_OK;
  }
  try {
    // The trail outlives the restore: its rows the backup lacks are carried into it, and the restore is logged there.
    const trail = new AuditTrail(store);
    const kept = await store.restore(source);
    const note = `Khôi phục từ bản sao lưu (dòng lệnh): ${basename(source)}`;
    trail.record(whoOf({ role: 'admin', name: 'cli', userId: null }, 'system.backups.restore', new Date().toISOString()), {
      kind: null,
      recordId: null,
      action: 'event',
      changes: null,
      note,
    });
    io.out(`Đã khôi phục "${dbPath}" từ "${source}".`);
    io.out(`Dữ liệu trước khi khôi phục được giữ trong bản sao lưu "${kept.name}" (có thể khôi phục lại để hoàn tác).`);
    return EXIT_OK;
  } finally {
    store.close();
  }
}

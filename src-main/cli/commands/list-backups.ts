import { backupPlaceFor } from '../../core/db/file-store';
import { listBackupFiles } from '../../core/db/backups';
import type { BackupReason } from '../../core/db/types';
import { EXIT_OK, EXIT_USAGE, formatBytes, formatDateTime, requireDbPath } from '../cli-context';
import type { CliCommand } from '../command';

const REASON_LABELS: Record<BackupReason, string> = {
  daily: 'tự động hằng ngày',
  migration: 'trước khi nâng cấp',
  manual: 'tạo thủ công',
  'before-restore': 'trước khi khôi phục',
  damaged: 'tệp hỏng được giữ lại',
};

/** Lists the backups by reading the backup folder: works even when the database itself cannot be opened. */
export const listBackupsCommand: CliCommand = {
  name: 'list-backups',
  usage: 'list-backups --db FILE',
  summary: 'Liệt kê các bản sao lưu, mới nhất trước.',
  needs: 'raw',
  async run(args, io) {
    const dbPath = requireDbPath(args, io);
    if (!dbPath) return EXIT_USAGE;
    const place = backupPlaceFor(dbPath);
    const backups = listBackupFiles(place);
    if (backups.length === 0) {
      io.out(`Chưa có bản sao lưu nào trong "${place.dir}".`);
      return EXIT_OK;
    }
    io.out(`${backups.length} bản sao lưu trong "${place.dir}":`);
    for (const b of backups)
      io.out(`${formatDateTime(b.at)}  ${formatBytes(b.bytes).padStart(9)}  ${REASON_LABELS[b.reason].padEnd(22)}  ${b.name}`);
    return EXIT_OK;
  },
};

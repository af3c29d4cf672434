import { migrations } from '../../core/app/domains';
import { backupPlaceFor } from '../../core/db/file-store';
import { checkHealth } from '../../core/db/health';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, requireDbPath } from '../cli-context';
import type { CliCommand } from '../command';

/** Checks a database without changing it; exit 0 only when it is healthy. */
export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'check --db FILE',
  summary: 'Kiểm tra cơ sở dữ liệu (toàn vẹn, nhật ký ghi, phiên bản lược đồ) mà không sửa gì; mã thoát 0 khi tốt.',
  needs: 'raw',
  async run(args, io) {
    const dbPath = requireDbPath(args, io);
    if (!dbPath) return EXIT_USAGE;
    const report = await checkHealth(dbPath, migrations, backupPlaceFor(dbPath));
    for (const line of report.lines) (report.healthy ? io.out : io.err)(line);
    if (report.healthy) io.out('Kết luận: cơ sở dữ liệu tốt.');
    else io.err('Kết luận: cơ sở dữ liệu CÓ VẤN ĐỀ (xem các dòng trên).');
    return report.healthy ? EXIT_OK : EXIT_FAILED;
  },
};
